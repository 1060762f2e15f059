/**
 * A header or a status word as it is compared: lower case, accents dropped ("Société" and "societe"), and any run
 * of punctuation or spaces made one space ("E-mail", "e mail"). Looser than matchKey, which keeps accents because
 * "Müller" and "Muller" are two people; a column called "Catégorie" is the same column as "Categorie".
 */
export function wordKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
