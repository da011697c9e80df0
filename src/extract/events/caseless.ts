/**
 * Victim names in caseless text (all lower case, or all upper case as old wire copy is):
 * no capital letters mark the names there, so the entities layer finds few. Two patterns
 * carry most of them: the object of a killing noun or verb ("the murder of jecar neghme,
 * spokesman of ...", "assassinated roberto garcia alvarado") and the subject of a passive
 * killing ("jose antonio rodriguez porth was murdered"). Leading titles are dropped
 * ("attorney general", "former"), since the name is what identifies the victim.
 * Used only when the document has no case to go by.
 */
import { spanOf, type Doc } from '../../model/document.js';
import type { ActorPhrase } from './actors.js';

const STOP = new Set('the a an of in on at and or he she it they his her their its which that who whom by for to with from was were is are has have had be been this these those our we i you him them there here not no as after before during when while'.split(' '));
const TITLE_WORD = /^(?:former|late|attorney|general|president|vice|presidential|candidate|archbishop|bishop|colonel|col|gen|major|maj|captain|capt|lieutenant|lt|sergeant|mayor|judge|father|monsignor|msgr|dr|mr|mrs|ms|journalist|leader|minister|senator|deputy|governor|commander|priest|businessman|chief|director|secretary|spokesman|official|officer|member|police|army|activist|attorney|prosecutor|councilman|councilor|magistrate|ambassador|consul|diplomat)$/i;
const NAME = "(?:[a-z][\\w'’.-]*\\s+){1,7}[a-z][\\w'’.-]*";
const AFTER_KILLING = new RegExp(`\\b(?:murder|assassination|killing|kidnapping|abduction|slaying|execution|attempt on the life|murdered|assassinated|kidnapped|abducted)\\s+(?:of\\s+)?(${NAME})(?=\\s*(?:,|\\.|;|\\(|$|\\s(?:and|who|which|in|on|at|yesterday|today|last|by)\\b))`, 'gi');
const BEFORE_PASSIVE = new RegExp(`(?:^|[,.;:]\\s*|\\b(?:that|and)\\s+)(${NAME}),?\\s+(?:was|were|has been|had been)\\s+(?:\\w+ly\\s+)?(?:murdered|assassinated|killed|kidnapped|abducted|shot dead|shot to death)\\b`, 'gi');

/** Whether the text gives no case to go by. */
export function isCaseless(text: string): boolean {
  return !/[A-Z]/.test(text) || !/[a-z]/.test(text);
}

/** Victim-name phrases in doc.text[from, to) of a caseless document. */
export function caselessNames(doc: Doc, from: number, to: number): ActorPhrase[] {
  const slice = doc.text.slice(from, to);
  const out: ActorPhrase[] = [];
  for (const re of [AFTER_KILLING, BEFORE_PASSIVE]) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const raw = m[1]!;
      // drop descriptions and titles before the name: "antioquia police commander colonel waldemar franklin quintero"
      const all = raw.split(/\s+/);
      let lastTitle = -1;
      all.forEach((w, i) => {
        if (TITLE_WORD.test(w)) lastTitle = i;
      });
      const kept = all.slice(lastTitle + 1);
      const name = kept.join(' ');
      const title = { length: raw.length - name.length };
      if (raw.slice(title.length) !== name) continue; // irregular spacing: skip rather than misplace the span
      const words = name.toLowerCase().split(/\s+/);
      if (words.length < 2 || words.some((w) => STOP.has(w) || /\d/.test(w))) continue;
      const start = from + m.index + m[0].indexOf(raw) + title.length;
      out.push({ ...spanOf(doc.text, start, start + name.length), kind: 'person', entity: null, head: words[words.length - 1]! });
    }
  }
  return out;
}
