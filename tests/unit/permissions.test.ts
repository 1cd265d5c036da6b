// Who may update a unit (docs/workbook.md §9), worked out by hand over a three-level tree.
import {
  canUpdateUnit,
  isAdministrator,
  normalizeEmail,
  updatableUnits,
  UnitDirectory,
} from '../../src/core/permissions';

const units = [
  { id: 'PA00', parentId: null, editors: ['VanPhong@CA.gov.vn'] },
  { id: 'PA03', parentId: 'PA00', editors: ['clerk.pa03@ca.gov.vn', ' second@ca.gov.vn '] },
  { id: 'CB01', parentId: 'pa03', editors: [] },
  { id: 'PC01', parentId: 'PA00', editors: ['clerk.pc01@ca.gov.vn'] },
  // A loop left by bad data must not hang the check.
  { id: 'X1', parentId: 'X2', editors: [] },
  { id: 'X2', parentId: 'X1', editors: ['loop@ca.gov.vn'] },
];
const directory = new UnitDirectory(units);
const restricted = { administrators: ['Admin@CA.gov.vn'], restrictUpdates: true };
const open = { administrators: [], restrictUpdates: false };

describe('canUpdateUnit', () => {
  test.each([
    // email, unit, allowed, reason
    ['admin@ca.gov.vn', 'CB01', true, 'administrator'],
    ['  ADMIN@ca.gov.vn ', 'PC01', true, 'administrator'],
    ['clerk.pa03@ca.gov.vn', 'PA03', true, 'editor'],
    ['SECOND@ca.gov.vn', 'pa03', true, 'editor'],
    ['clerk.pa03@ca.gov.vn', 'CB01', true, 'ancestorEditor'],
    ['vanphong@ca.gov.vn', 'CB01', true, 'ancestorEditor'],
    ['clerk.pa03@ca.gov.vn', 'PC01', false, 'notEditor'],
    ['clerk.pa03@ca.gov.vn', 'PA00', false, 'notEditor'],
    ['clerk.pc01@ca.gov.vn', 'CB01', false, 'notEditor'],
    ['stranger@gmail.com', 'PA03', false, 'notEditor'],
    ['', 'PA03', false, 'noEmail'],
    ['   ', 'PA03', false, 'noEmail'],
    ['admin@ca.gov.vn', 'NOPE', false, 'unknownUnit'],
    ['loop@ca.gov.vn', 'X1', true, 'ancestorEditor'],
    ['someone@ca.gov.vn', 'X1', false, 'notEditor'],
  ])('%s on %s → %s (%s)', (email, unit, allowed, reason) => {
    const decision = canUpdateUnit(email, unit, directory, restricted);
    expect(decision.allowed).toBe(allowed);
    expect(decision.reason).toBe(reason);
  });

  test('names the unit whose editors list the user', () => {
    expect(canUpdateUnit('vanphong@ca.gov.vn', 'CB01', directory, restricted)).toEqual({
      allowed: true,
      reason: 'ancestorEditor',
      via: 'PA00',
    });
  });

  test('without the restriction everyone may update, even without an email, but not an unknown unit', () => {
    expect(canUpdateUnit('', 'PA03', directory, open)).toEqual({ allowed: true, reason: 'unrestricted' });
    expect(canUpdateUnit('stranger@gmail.com', 'CB01', directory, open).allowed).toBe(true);
    expect(canUpdateUnit('admin@ca.gov.vn', 'NOPE', directory, open)).toEqual({
      allowed: false,
      reason: 'unknownUnit',
    });
  });

  test('an empty administrators list recognises nobody as administrator', () => {
    expect(isAdministrator('', { administrators: [], restrictUpdates: true })).toBe(false);
    expect(isAdministrator('', { administrators: [''], restrictUpdates: true })).toBe(false);
  });
});

describe('updatableUnits', () => {
  test('an editor sees their unit and its descendants, in sheet order', () => {
    expect(updatableUnits('clerk.pa03@ca.gov.vn', directory, restricted).map((u) => u.id)).toEqual(['PA03', 'CB01']);
  });
  test('an administrator sees every unit', () => {
    expect(updatableUnits('admin@ca.gov.vn', directory, restricted)).toHaveLength(units.length);
  });
  test('a stranger and an anonymous user see none', () => {
    expect(updatableUnits('stranger@gmail.com', directory, restricted)).toEqual([]);
    expect(updatableUnits('', directory, restricted)).toEqual([]);
  });
});

test('normalizeEmail trims and folds case', () => {
  expect(normalizeEmail('  A.B@Example.COM ')).toBe('a.b@example.com');
  expect(normalizeEmail(undefined)).toBe('');
});
