/** Case- and accent-insensitive key for comparing names ("Hřib" ~ "hrib"). */
export function foldName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ').trim();
}
