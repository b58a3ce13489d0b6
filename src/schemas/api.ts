/** Frontmatter of one API operation (`content/api/**`): one operation per file. */
import { z } from 'astro/zod';
import { idSchema } from './common.ts';
import { pageShape } from './page.ts';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;

export const apiSchema = z
  .strictObject({
    ...pageShape,
    /** HTTP method of the operation, upper case. */
    method: z
      .enum(HTTP_METHODS, { error: `must be one of ${HTTP_METHODS.join(', ')}` })
      .meta({ fix: 'Write the HTTP method in capitals, e.g. `method: GET`.' }),
    /** Request path with `{placeholders}` for path parameters, e.g. `/v2/partners/sub-customers/query`. */
    path: z
      .string({ error: 'must be text' })
      .regex(/^\/[A-Za-z0-9_\-./{}]*$/, { error: 'must start with / and contain only URL path characters' })
      .meta({ fix: 'Write the request path from the vendor page, e.g. `path: /v2/partners/sub-customers/query`.' }),
    /**
     * The operation is being brought offline. Deprecated pages show a banner and
     * are listed under "API to Be Brought Offline".
     * @default false
     */
    deprecated: z.boolean({ error: 'must be true or false' }).default(false).meta({ fix: 'Write `deprecated: true` or leave it out.' }),
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
    if (data.replacedBy && !data.deprecated) {
      ctx.addIssue({
        code: 'custom',
        path: ['replacedBy'],
        message: 'is set on an operation that is not deprecated',
        params: { fix: 'Add `deprecated: true`, or remove `replacedBy`.' },
      });
    }
  });
export type ApiData = z.infer<typeof apiSchema>;
