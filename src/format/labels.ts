import type { TFunction } from 'i18next';
import type { Basis, Measure, Qualifier, Region, Sector } from '../data/schema';
import { keyOf, tf } from './translate';

/** The word a qualifier prints as on its own (约 / about), e.g. for a table column or legend. */
export function formatQualifier(qualifier: Qualifier, t: TFunction): string {
  return tf(t, `qualifier.${keyOf(qualifier)}`);
}

export function formatRegion(region: Region, t: TFunction): string {
  return tf(t, `region.${keyOf(region)}`);
}

export function formatSector(sector: Sector, t: TFunction): string {
  return tf(t, `sector.${keyOf(sector)}`);
}

export function formatBasis(basis: Basis, t: TFunction): string {
  return tf(t, `basis.${keyOf(basis)}`);
}

export function formatMeasure(measure: Measure, t: TFunction): string {
  return tf(t, `measure.${keyOf(measure)}`);
}
