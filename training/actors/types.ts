/** Records every source parser yields, before merging into the actor KB. */
export type ActorKind =
  | 'state'
  | 'government'
  | 'state force'
  | 'legislature'
  | 'judiciary'
  | 'armed group'
  | 'political party'
  | 'opposition'
  | 'IGO'
  | 'NGO'
  | 'media outlet'
  | 'business'
  | 'religious group'
  | 'other';

export interface SourceActor {
  /** Stable id: curated ids as written, else "<kind-prefix>:<ISO2>" or "<source>:<slug-or-id>". */
  id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  /** Display forms; the first is the canonical name. */
  aliases: string[];
  /** Aliases that only match in capitals (acronyms such as "IS", "AP"). */
  acronyms: string[];
  /** Lower number wins an alias claimed by two actors. */
  priority: number;
  /** Source record ids this actor absorbs (curated only): "ucdp:234", "ofac:8759", "phx:<slug>". */
  absorb?: string[];
  /** Source records may join an existing actor with the same canonical name. */
  joinByName?: boolean;
}
