// google.script.run as the preview gives it to a sidebar: Google's argument rules and handler calls.
import { createGoogleScript, encodeArgs, type Wire } from '../../../tools/preview/page/bridge';

describe('encodeArgs follows the google.script.run parameter rules', () => {
  test.each([
    ['strings, numbers, booleans, null', ['a', 1.5, true, null], ['a', 1.5, true, null]],
    ['nested objects and arrays', [{ a: [1, { b: 'c' }] }], [{ a: [1, { b: 'c' }] }]],
    ['undefined argument becomes null', [undefined], [null]],
    ['undefined in an array becomes null', [[1, undefined, 3]], [[1, null, 3]]],
    ['undefined object fields are dropped', [{ a: 1, b: undefined }], [{ a: 1 }]],
    ['non-finite numbers become null', [NaN, Infinity], [null, null]],
    [
      'the same object twice (not a cycle) is fine',
      (() => {
        const o = { x: 1 };
        return [[o, o]];
      })(),
      [[{ x: 1 }, { x: 1 }]],
    ],
    ['a yyyy-mm-dd date string travels as is', ['2020-06-30'], ['2020-06-30']],
  ])('%s', (_name, input, expected) => {
    expect(encodeArgs(input as unknown[])).toEqual(expected);
  });

  test.each([
    ['a Date', [new Date(2020, 5, 30)], '0'],
    ['a Date inside an object (named by its key)', ['x', { when: new Date() }], 'when'],
    ['a Date inside an array (named by its index)', [[1, new Date()]], '1'],
    [
      'a class instance',
      [
        new (class Point {
          x = 1;
        })(),
      ],
      '0',
    ],
    ['a function', [() => 1], '0'],
    ['a symbol', [1, Symbol('s')], '1'],
    ['a DOM-like node', [{ nodeType: 1, nodeName: 'DIV' }], '0'],
    ['a Map', [new Map()], '0'],
  ])('refuses %s by throwing at the call', (_name, input, property) => {
    expect(() => encodeArgs(input as unknown[])).toThrow(`Failed due to illegal value in property: ${property}`);
  });

  test('refuses a circular structure', () => {
    const o: Record<string, unknown> = {};
    o['self'] = o;
    expect(() => encodeArgs([o])).toThrow('Failed due to circular reference.');
  });

  test('drops keys ending in two underscores', () => {
    expect(encodeArgs([{ a: 1, secret__: 2 }])).toEqual([{ a: 1 }]);
  });

  test('an object from another realm (the sidebar frame) is still a plain object', () => {
    const foreign = Object.create(Object.create(null) as object) as Record<string, unknown>;
    foreign['unitId'] = 'DV01';
    expect(encodeArgs([foreign])).toEqual([{ unitId: 'DV01' }]);
  });
});

function harness(reply: (fn: string, args: unknown[]) => Wire) {
  const sent: { fn: string; args: unknown[] }[] = [];
  const unhandled: Error[] = [];
  let closed = 0;
  const google = createGoogleScript({
    endpoints: ['getForm', 'submit', 'withSuccessHandler'],
    transport: async (fn, args) => {
      sent.push({ fn, args });
      return reply(fn, args);
    },
    close: () => closed++,
    unhandled: (e) => unhandled.push(e),
  });
  type Runner = Record<string, (...a: unknown[]) => Runner>;
  return {
    run: google.script.run as unknown as Runner,
    host: google.script.host,
    sent,
    unhandled,
    closed: () => closed,
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

test('the success handler gets the value and the user object, asynchronously', async () => {
  const h = harness(() => ({ ok: true, value: { units: ['DV01'] } }));
  const got: unknown[] = [];
  const result = h.run['withSuccessHandler']!((v: unknown, o: unknown) => got.push(v, o))['withUserObject']!('row-7')[
    'getForm'
  ]!('vi');
  expect(result).toBeUndefined();
  expect(got).toEqual([]);
  await tick();
  expect(h.sent).toEqual([{ fn: 'getForm', args: ['vi'] }]);
  expect(got).toEqual([{ units: ['DV01'] }, 'row-7']);
});

test('the failure handler gets an Error with the server message', async () => {
  const h = harness(() => ({ ok: false, error: { name: 'Exception', message: 'Không có quyền' } }));
  const got: unknown[] = [];
  h.run['withFailureHandler']!((e: unknown, o: unknown) => got.push(e, o))['withUserObject']!(3)['submit']!({});
  await tick();
  expect(got[0]).toBeInstanceOf(Error);
  expect((got[0] as Error).message).toBe('Không có quyền');
  expect((got[0] as Error).name).toBe('Exception');
  expect(got[1]).toBe(3);
});

test('a failure without a failure handler is reported, not swallowed', async () => {
  const h = harness(() => ({ ok: false, error: { name: 'Error', message: 'boom' } }));
  h.run['submit']!();
  await tick();
  expect(h.unhandled.map((e) => e.message)).toEqual(['boom']);
});

test('a refused argument throws before anything is sent', () => {
  const h = harness(() => ({ ok: true, value: null }));
  expect(() => h.run['submit']!({ completedOn: new Date() })).toThrow('illegal value');
  expect(h.sent).toEqual([]);
});

test('configured runners are independent of google.script.run itself', async () => {
  const h = harness(() => ({ ok: true, value: 1 }));
  const a: unknown[] = [];
  const withHandler = h.run['withSuccessHandler']!((v: unknown) => a.push(v));
  h.run['getForm']!();
  withHandler['getForm']!();
  withHandler['submit']!();
  await tick();
  expect(a).toEqual([1, 1]);
});

test('only the bundle endpoints exist; runner methods are not shadowed', () => {
  const h = harness(() => ({ ok: true, value: null }));
  expect(typeof h.run['getForm']).toBe('function');
  expect(h.run['deleteEverything']).toBeUndefined();
  expect(typeof h.run['withSuccessHandler']!(() => 0)['getForm']).toBe('function');
});

test('a missing value arrives as null, like Google', async () => {
  const h = harness(() => ({ ok: true }));
  const got: unknown[] = [];
  h.run['withSuccessHandler']!((v: unknown) => got.push(v))['getForm']!();
  await tick();
  expect(got).toEqual([null]);
});

test('google.script.host.close closes the panel', () => {
  const h = harness(() => ({ ok: true, value: null }));
  h.host.close();
  expect(h.closed()).toBe(1);
});
