/**
 * Frontmatter of one API operation (`content/api/**`): the operation itself,
 * typed. The MDX body holds the prose (Function, Constraints, notes); the page
 * renders everything else (URI, parameter tables, examples, status and error
 * codes, code samples) from this data, and `/openapi.json` is generated from
 * it too.
 */
import { z } from 'astro/zod';
import { idSchema } from './common.ts';
import { pageShape } from './page.ts';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;

/** Parameter and field types, as the vendor's tables name them. */
export const PARAM_TYPES = [
  'String',
  'Integer',
  'Long',
  'Double',
  'Float',
  'BigDecimal',
  'Boolean',
  'Object',
  'List<String>',
  'List<Integer>',
  'List<Long>',
  'List<Object>',
] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

/**
 * Operation groups, in API Reference menu order. `section` is the top-level
 * menu folder a group belongs to (used for the "API to Be Brought Offline"
 * sub-folders); `title` is the menu and OpenAPI tag name.
 */
export const API_GROUPS = {
  'product-management': { title: 'Product Management', section: 'Product Management' },
  'customer-management': { title: 'Customer Management', section: 'Customer Management' },
  'real-name-authentication': { title: 'Real-Name Authentication', section: 'Customer Management' },
  'account-management': { title: 'Account Management', section: 'Customer Management' },
  'managing-credits': { title: 'Managing Credits', section: 'Managing Credits' },
  budgets: { title: "Managing Customers' Budgets", section: 'Transaction Management' },
  coupons: { title: 'Coupons Management', section: 'Transaction Management' },
  'yearly-monthly-orders': { title: 'Managing Yearly/Monthly Orders', section: 'Transaction Management' },
  'yearly-monthly-resources': { title: 'Managing Yearly/Monthly Resources', section: 'Transaction Management' },
  'resource-packages': { title: 'Managing Resource Packages', section: 'Transaction Management' },
  'pay-per-use-resources': { title: 'Managing Pay-Per-Use Resources', section: 'Transaction Management' },
  'bill-management': { title: 'Bill Management', section: 'Bill Management' },
  'invoice-management': { title: 'Invoice Management', section: 'Invoice Management' },
} as const;
export type ApiGroup = keyof typeof API_GROUPS;

/** Who may call an operation. */
export const TOKENS = ['partner', 'customer', 'partner-or-customer'] as const;

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** One allowed value and what it means. */
const enumValueSchema = z.strictObject({
  /** The value as sent or returned. */
  value: scalar,
  /** What it means, in our words. */
  meaning: z.string().trim().min(2),
});

/** Fields shared by request parameters and response fields. */
const fieldShape = {
  /** Name as sent on the wire, e.g. `customer_id`. */
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/, { error: 'must be a wire name such as customer_id' }),
  /** Type, from the allowed set. */
  type: z.enum(PARAM_TYPES, { error: `must be one of ${PARAM_TYPES.join(', ')}` }),
  /** What the field is, in our words. */
  description: z.string().trim().min(3, { error: 'must describe the field' }),
  /** Maximum length of a String, in characters. */
  maxLength: z.number().int().positive().optional(),
  /** Minimum length of a String, in characters. */
  minLength: z.number().int().nonnegative().optional(),
  /** Inclusive numeric range `[min, max]`. */
  range: z.tuple([z.number(), z.number()]).optional(),
  /** Allowed values with their meanings. */
  enum: z.array(enumValueSchema).min(1).optional(),
  /** Regular expression the value must match (JavaScript syntax, anchored). */
  pattern: z.string().optional(),
  /** Value used when the field is omitted. */
  default: scalar.optional(),
  /** Textual format, e.g. a date format `YYYY-MM-DDThh:mm:ssZ`. */
  format: z.string().optional(),
  /** Maximum number of items of a list. */
  maxItems: z.number().int().positive().optional(),
};

export interface ApiField {
  name: string;
  type: ParamType;
  description: string;
  mandatory?: boolean;
  maxLength?: number;
  minLength?: number;
  range?: [number, number];
  enum?: { value: string | number | boolean; meaning: string }[];
  pattern?: string;
  default?: string | number | boolean;
  format?: string;
  maxItems?: number;
  children?: ApiField[];
}

/** A request parameter: the shared fields plus a mandatory flag; objects nest their children. */
export const paramSchema: z.ZodType<ApiField> = z.strictObject({
  ...fieldShape,
  /** Whether the caller must send it. */
  mandatory: z.boolean({ error: 'must be true or false' }),
  get children() {
    return z.array(paramSchema).min(1).optional();
  },
});

/** A response field: the shared fields; objects nest their children. */
export const responseFieldSchema: z.ZodType<ApiField> = z.strictObject({
  ...fieldShape,
  get children() {
    return z.array(responseFieldSchema).min(1).optional();
  },
});

const exampleValues = z.record(z.string(), z.unknown());

export const apiSchema = z
  .strictObject({
    ...pageShape,
    /** The vendor's operation name, e.g. `ListSubCustomers`. Also the OpenAPI operationId. */
    operationId: z.string().regex(/^[A-Z][A-Za-z0-9]*$/, { error: 'must be PascalCase, e.g. ListSubCustomers' }).meta({ fix: 'Write the operation name from the vendor SDK, e.g. `operationId: ListSubCustomers`.' }),
    /** Menu group, also the OpenAPI tag. */
    group: z.enum(Object.keys(API_GROUPS) as [ApiGroup, ...ApiGroup[]], { error: `must be one of ${Object.keys(API_GROUPS).join(', ')}` }).meta({ fix: 'Pick the group of the API Reference menu the operation belongs to.' }),
    /** HTTP method, upper case. */
    method: z
      .enum(HTTP_METHODS, { error: `must be one of ${HTTP_METHODS.join(', ')}` })
      .meta({ fix: 'Write the HTTP method in capitals, e.g. `method: GET`.' }),
    /** Request path with `{placeholders}` for path parameters, e.g. `/v2/partners/sub-customers/query`. */
    path: z
      .string({ error: 'must be text' })
      .regex(/^\/[A-Za-z0-9_\-./{}]*$/, { error: 'must start with / and contain only URL path characters' })
      .meta({ fix: 'Write the request path from the vendor page, e.g. `path: /v2/partners/sub-customers/query`.' }),
    /**
     * Endpoint host.
     * @default bss-intl.myhuaweicloud.com
     */
    host: z.string().regex(/^[a-z0-9.-]+$/).default('bss-intl.myhuaweicloud.com'),
    /** Which token may call it: the partner's, the customer's, or either. */
    token: z.enum(TOKENS, { error: `must be one of ${TOKENS.join(', ')}` }).meta({ fix: 'Write `token: partner`, `customer` or `partner-or-customer`.' }),
    /** Request parameters by location. */
    parameters: z
      .strictObject({
        path: z.array(paramSchema).default([]),
        query: z.array(paramSchema).default([]),
        header: z.array(paramSchema).default([]),
        body: z.array(paramSchema).default([]),
      })
      .default({ path: [], query: [], header: [], body: [] }),
    /** Fields of the response body. */
    response: z.array(responseFieldSchema).default([]),
    /** Example call: values for path, query, header and body parameters, and the response. */
    example: z
      .strictObject({
        request: z
          .strictObject({ path: exampleValues.optional(), query: exampleValues.optional(), header: exampleValues.optional(), body: exampleValues.optional() })
          .default({}),
        response: z.strictObject({ status: z.number().int().default(200), body: exampleValues.optional() }).default({ status: 200 }),
      })
      .default({ request: {}, response: { status: 200 } }),
    /** HTTP status codes the operation returns, with their meaning. */
    statusCodes: z
      .array(z.strictObject({ code: z.number().int().min(100).max(599), meaning: z.string().trim().min(2) }))
      .default([]),
    /** Error codes the operation is known to return: keys of the error-code registry. */
    errorCodes: z.array(z.string().regex(/^CBC\.\d+$/, { error: 'must look like CBC.5004' })).default([]),
    /** Rate limit, where the vendor states one, e.g. "10 calls per second per partner". */
    rateLimit: z.string().trim().min(3).optional(),
    /**
     * The operation is being brought offline, or already is (see `offline`).
     * Deprecated pages show a banner and are listed automatically under "API to
     * Be Brought Offline", the vendor's menu name for both kinds.
     * @default false
     */
    deprecated: z.boolean({ error: 'must be true or false' }).default(false).meta({ fix: 'Write `deprecated: true` or leave it out.' }),
    /**
     * Month in which Huawei Cloud took the operation offline, `YYYY-MM`, for a
     * deprecated operation that its change history records as already offline.
     * The banner then says so instead of "is being brought offline". A month, not
     * a day: the vendor's partner and customer change histories date the same
     * removal a few days apart.
     */
    offline: z
      .string({ error: 'must be a month written YYYY-MM' })
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month written YYYY-MM' })
      .optional()
      .meta({ fix: 'Write the month the vendor took the API offline, e.g. `offline: 2024-01`, or leave it out.' }),
    /**
     * Id, or ids, of the operations that replace this one. Only for deprecated
     * operations; resolved to a list.
     */
    replacedBy: z
      .union([idSchema, z.array(idSchema).min(1)], { error: 'must be an operation id or a list of ids' })
      .transform((value) => (Array.isArray(value) ? value : [value]))
      .optional()
      .meta({ fix: 'Write the id of the replacing operation page, or a list of ids.' }),
  })
  .superRefine((data, ctx) => {
    // Both fields describe how an operation was retired, so they only make sense on a deprecated one.
    for (const field of ['offline', 'replacedBy'] as const) {
      if (!data[field] || data.deprecated) continue;
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: 'is set on an operation that is not deprecated',
        params: { fix: `Add \`deprecated: true\`, or remove \`${field}\`.` },
      });
    }
  });
export type ApiData = z.infer<typeof apiSchema>;
export type ApiParameters = ApiData['parameters'];
export type ParamLocation = keyof ApiParameters;
