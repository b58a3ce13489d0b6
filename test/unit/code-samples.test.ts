import { describe, expect, it } from 'vitest';
import { codeSample, SAMPLE_LANGUAGES, type SampleInput } from '../../src/lib/api/code-samples.ts';

const getWithQuery: SampleInput = {
  method: 'GET',
  host: 'bss-intl.myhuaweicloud.com',
  path: '/v2/orders/customer-orders/details/{order_id}',
  token: 'partner-or-customer',
  example: { request: { path: { order_id: 'CS2011251024K1N' }, query: { offset: 0, limit: 10, indirect_partner_id: 'a b' } }, response: { status: 200 } },
};

const postWithNestedBody: SampleInput = {
  method: 'POST',
  host: 'bss-intl.myhuaweicloud.com',
  path: '/v2/customers/realname-auths/enterprise',
  token: 'partner',
  example: {
    request: {
      body: {
        customer_id: '0525cd7b1d3f4ad0a1e3b1b1b1b1b1b1',
        verified_file_url: ['abc.jpg'],
        is_verified: true,
        enterprise_person: { legel_name: "O'Brien", legel_id_number: '1234' },
      },
    },
    response: { status: 200 },
  },
};

describe('code samples', () => {
  it('covers the four languages in tab order', () => {
    expect(SAMPLE_LANGUAGES.map((language) => language.id)).toEqual(['curl', 'typescript', 'python', 'java']);
  });

  for (const { id } of SAMPLE_LANGUAGES) {
    it(`${id}: GET with path and query parameters`, () => {
      expect(codeSample(getWithQuery, id)).toMatchSnapshot();
    });
    it(`${id}: POST with a nested JSON body`, () => {
      expect(codeSample(postWithNestedBody, id)).toMatchSnapshot();
    });
  }

  it('substitutes path values and encodes the query string', () => {
    expect(codeSample(getWithQuery, 'curl')).toContain("'https://bss-intl.myhuaweicloud.com/v2/orders/customer-orders/details/CS2011251024K1N?offset=0&limit=10&indirect_partner_id=a+b'");
  });

  it('doubles backslashes inside the Java text block', () => {
    const withBackslash: SampleInput = { ...postWithNestedBody, example: { request: { body: { pattern: 'a\\d' } }, response: { status: 200 } } };
    expect(codeSample(withBackslash, 'java')).toContain('"pattern": "a\\\\\\\\d"');
  });

  it('escapes single quotes in the curl body', () => {
    expect(codeSample(postWithNestedBody, 'curl')).toContain(`"legel_name": "O'\\''Brien"`);
  });
});
