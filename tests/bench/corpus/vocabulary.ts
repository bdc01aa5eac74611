import { seededRandom, zipf } from "./random.js";

/** Words of political reporting, commonest first: the head of the Zipf curve the statements are written in. */
const COMMON = (
  "government minister president election policy country people talks security deal war peace economy budget " +
  "support border agreement sanctions parliament party vote leader officials report crisis military trade tax " +
  "meeting plan reform energy prices court law ceasefire troops summit interview allies opposition campaign " +
  "investigation inflation health schools workers union strike protest refugees climate funding debt bank " +
  "rights freedom press media corruption scandal resignation coalition treaty negotiations aid weapons"
).split(" ");
const FUNCTION = "the a of to and in that it was for on with would not be this have he she they we had".split(" ");
const SYLLABLES = "ka lo mi re su ta ven dor bel gra nis pol tur zen fia quo mar lin des hor".split(" ");

/** Rare words, made up: the long tail, and words that occur in a handful of statements only. */
function madeUpWord(i: number): string {
  let word = "";
  for (let n = i + 1; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length] ?? "";
  return word;
}

export interface Vocabulary {
  /** A sentence of `words` words, mixing function words and Zipf-distributed content words. */
  sentence(words: number): string;
}

/** The vocabulary the corpus is written in: COMMON words first, then `tail` made-up words, Zipf-ranked. */
export function vocabulary(seed: number, tail = 20_000): Vocabulary {
  const random = seededRandom(seed);
  const words = [...COMMON, ...Array.from({ length: tail }, (_, i) => madeUpWord(i))];
  const rank = zipf(words.length, 1.05, random);
  return {
    sentence(count) {
      const out: string[] = [];
      for (let i = 0; i < count; i++) out.push(random() < 0.35 ? FUNCTION[Math.floor(random() * FUNCTION.length)]! : words[rank()]!);
      return out.join(" ");
    },
  };
}

/** Words the corpus uses a lot (for the "common word" text filter and search) and one it uses a few times. */
export const COMMON_WORD = COMMON[0]!;
export const SECOND_COMMON_WORD = COMMON[1]!;
export const RARE_WORD = madeUpWord(3_000);
