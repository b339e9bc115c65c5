import { isCaseError } from '@onecase/core';
import { describe, expect, it } from 'vitest';
import { defineDirectory, defineJurisdictions, type JurisdictionUnitInput } from '../src/index.js';

const levels = [
  { id: 'city', zh: '市', en: 'City' },
  { id: 'district', zh: '区', en: 'District' },
  { id: 'street', zh: '街道', en: 'Street' },
];
const units: JurisdictionUnitInput[] = [
  { id: 'bj', zh: '北京市', en: 'Beijing' },
  { id: 'cy', parent: 'bj', zh: '朝阳区', en: 'Chaoyang District', aliases: ['朝阳'] },
  { id: 'hd', parent: 'bj', zh: '海淀区', en: 'Haidian District' },
  { id: 'cy-jg', parent: 'cy', zh: '建国门外街道', en: 'Jianguomenwai Subdistrict' },
  { id: 'cy-hp', parent: 'cy', zh: '和平街道', en: 'Heping Subdistrict' },
  { id: 'hd-hp', parent: 'hd', zh: '和平街道', en: 'Heping Subdistrict (Haidian)' },
  { id: 'hd-zgc', parent: 'hd', zh: '中关村街道', en: 'Zhongguancun Subdistrict', aliases: ['中关村'] },
];
const city = defineJurisdictions({ levels, units });

function definitionError(build: () => unknown): { message: string; details: Record<string, unknown> } {
  try {
    build();
  } catch (error) {
    if (isCaseError(error, 'INVALID_DEFINITION')) return error;
    throw error;
  }
  throw new Error('expected INVALID_DEFINITION');
}

describe('defineJurisdictions', () => {
  it('finds units by id, name and alias, with their level and path', () => {
    expect(city.get('cy-jg')?.level).toBe('street');
    expect(city.byName('朝阳')?.id).toBe('cy');
    expect(city.byName('chaoyang district')?.id).toBe('cy');
    expect(city.byName('和平街道')).toBeUndefined(); // two streets of that name
    expect(city.path('cy-jg').map((u) => u.id)).toEqual(['bj', 'cy', 'cy-jg']);
    expect(city.ancestorAt('cy-jg', 'district')?.id).toBe('cy');
    expect(city.children('hd').map((u) => u.id)).toEqual(['hd-hp', 'hd-zgc']);
  });

  it('matches an address to the unit with the longest name in it', () => {
    expect(city.match('北京市朝阳区建国门外街道永安里8号')?.id).toBe('cy-jg');
    expect(city.match('朝阳区某小区东门')?.id).toBe('cy');
    expect(city.match('Zhongguancun Subdistrict, Haidian')?.id).toBe('hd-zgc');
    expect(city.match('中关村大街1号')?.id).toBe('hd-zgc');
    expect(city.lookup('hd')?.id).toBe('hd');
  });

  it('gives none for an ambiguous address unless its district settles it', () => {
    expect(city.match('和平街道12号楼')).toBeUndefined();
    expect(city.match('海淀区和平街道12号楼')?.id).toBe('hd-hp');
    expect(city.match('上海市黄浦区')).toBeUndefined();
  });

  it('refuses bad trees naming the culprit', () => {
    expect(
      definitionError(() =>
        defineJurisdictions({ levels, units: [...units, { id: 'cy', parent: 'bj', zh: 'x', en: 'x' }] }),
      ).message,
    ).toMatch(/'cy' is declared twice/);
    expect(
      definitionError(() =>
        defineJurisdictions({ levels, units: [...units, { id: 'x', parent: 'nowhere', zh: 'x', en: 'x' }] }),
      ).details.parent,
    ).toBe('nowhere');
    const cycle = definitionError(() =>
      defineJurisdictions({
        levels,
        units: [
          ...units,
          { id: 'a', parent: 'b', zh: 'a', en: 'a' },
          { id: 'b', parent: 'a', zh: 'b', en: 'b' },
        ],
      }),
    );
    expect(cycle.message).toMatch(/cycle/);
    expect(
      definitionError(() =>
        defineJurisdictions({ levels, units: [...units, { id: 'bj2', zh: 'x', en: 'x' }] }),
      ).message,
    ).toMatch(/exactly one unit/);
    expect(
      definitionError(() =>
        defineJurisdictions({
          levels,
          units: [...units, { id: 'deep', parent: 'cy-jg', zh: '社区', en: 'Community' }],
        }),
      ).details.unit,
    ).toBe('deep');
  });
});

describe('defineDirectory', () => {
  const directory = defineDirectory({
    jurisdictions: city,
    departments: [
      {
        id: 'city-transport',
        zh: '市交通委',
        en: 'Municipal Transport Commission',
        unit: 'bj',
        leads: ['pothole', 'lamp'],
      },
      { id: 'city-env', zh: '市生态环境局', en: 'Municipal Ecology Bureau', unit: 'bj', leads: ['noise'] },
      { id: 'cy-env', zh: '朝阳区生态环境局', en: 'Chaoyang Ecology Bureau', unit: 'cy', leads: ['noise'] },
      { id: 'cy-police', zh: '朝阳分局', en: 'Chaoyang Police', unit: 'cy', leads: [], assists: ['noise'] },
      {
        id: 'cy-jg-office',
        zh: '建国门外街道办事处',
        en: 'Jianguomenwai Office',
        unit: 'cy-jg',
        leads: ['lamp'],
        assists: ['pothole'],
      },
    ],
  });

  it('routes to the most specific unit with a lead, with its co-handlers', () => {
    expect(directory.route({ category: 'lamp', unit: 'cy-jg' })).toEqual({
      routed: true,
      lead: 'cy-jg-office',
      coHandlers: [],
      unit: 'cy-jg',
    });
    expect(directory.route({ category: 'noise', unit: 'cy-jg' })).toEqual({
      routed: true,
      lead: 'cy-env',
      coHandlers: ['cy-police'],
      unit: 'cy',
    });
  });

  it('falls back up the levels to the city', () => {
    expect(directory.route({ category: 'pothole', unit: 'cy-jg' })).toMatchObject({
      lead: 'city-transport',
      unit: 'bj',
    });
    expect(directory.route({ category: 'noise', unit: 'hd-zgc' })).toMatchObject({
      lead: 'city-env',
      unit: 'bj',
    });
    expect(directory.route({ category: 'noise', unit: null })).toMatchObject({ lead: 'city-env' });
  });

  it('answers unroutable rather than guess', () => {
    expect(directory.route({ category: 'tax', unit: 'cy-jg' })).toEqual({
      routed: false,
      reason: 'no-department',
      category: 'tax',
      unit: 'cy-jg',
    });
    expect(directory.route({ category: 'noise', unit: 'atlantis' })).toMatchObject({
      routed: false,
      reason: 'unknown-unit',
    });
  });

  it('refuses two leads for one category at one unit, unknown units and duplicate ids', () => {
    const base = { id: 'a', zh: 'a', en: 'a', unit: 'cy', leads: ['noise'] };
    const twoLeads = definitionError(() =>
      defineDirectory({ jurisdictions: city, departments: [base, { ...base, id: 'b' }] }),
    );
    expect(twoLeads.details).toMatchObject({ category: 'noise', unit: 'cy', departments: ['a', 'b'] });
    expect(
      definitionError(() => defineDirectory({ jurisdictions: city, departments: [{ ...base, unit: 'x' }] }))
        .details.unit,
    ).toBe('x');
    expect(
      definitionError(() => defineDirectory({ jurisdictions: city, departments: [base, base] })).message,
    ).toMatch(/'a' is declared twice/);
  });
});
