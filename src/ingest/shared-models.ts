/**
 * The models analysis threads share: loaded once by the thread that starts the pool, handed
 * to every worker as SharedArrayBuffers (workerData passes those by reference), so N threads
 * hold one copy of the NER tables, the gazetteer's columns and name index, the actor KB's
 * tables and the typing lexicon, not N.
 * wink-nlp's model (plain objects inside the library) and the small lexicons cannot be
 * shared this way; each thread loads those itself.
 */
import { shareNerModel, useSharedNerModel, type NerModelParts } from '../extract/entities/ner/index.js';
import { shareActorKb, useSharedActorKb, type ActorKbParts } from '../extract/entities/actors.js';
import { shareTypingLexicon, useSharedTypingLexicon, type LexiconParts } from '../extract/entities/lexicon.js';
import { shareGazetteer, useSharedGazetteer, type GazetteerParts } from '../extract/places/gazetteer.js';

export interface SharedModels {
  ner: NerModelParts;
  gazetteer: GazetteerParts;
  actors: ActorKbParts;
  lexicon: LexiconParts;
}

/** Load the shareable models in this thread (once per process; later calls reuse them). */
export function shareModels(): SharedModels {
  return { ner: shareNerModel(), gazetteer: shareGazetteer(), actors: shareActorKb(), lexicon: shareTypingLexicon() };
}

/** In a worker: use the pool's copies; must run before the first analysis. */
export function adoptSharedModels(models: SharedModels): void {
  useSharedNerModel(models.ner);
  useSharedGazetteer(models.gazetteer);
  useSharedActorKb(models.actors);
  useSharedTypingLexicon(models.lexicon);
}
