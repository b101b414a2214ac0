// The SQLite store: the source of truth for episodes, sections, turns,
// speakers, entities, claims, benchmark results and edges. A database is a
// directory; this class owns `<dir>/claims.sqlite` inside it.
#ifndef CLAIMKB_CORE_STORE_H_
#define CLAIMKB_CORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimkb/core/claim.h"
#include "claimkb/core/claim_graph.h"
#include "claimkb/core/episode.h"
#include "claimkb/core/lexicon.h"
#include "claimkb/core/link_claim.h"
#include "claimkb/core/result.h"
#include "claimkb/core/speaker_identity.h"

namespace claimkb {

// The newest store schema (PRAGMA user_version) this code reads and writes.
// A migrations directory from a newer claimkb may hold later files; they are
// not applied, so an older binary never moves a store to a layout its SQL
// does not know. Bump it with every new schema/sqlite/NNNN_*.sql.
inline constexpr int kStoreSchemaVersion = 9;

struct StoreOptions {
  // Milliseconds a writer waits for another process's lock before kLocked.
  int busy_timeout_ms = 5000;  // Default: 5 s.
  // Directory with NNNN_*.sql migrations. Default: the installed migrations,
  // else schema/sqlite of the source tree (claimkb/core/resources.h).
  std::string migrations_dir;
  // Open read-only; writes fail with kInvalidArgument. Default: false.
  bool read_only = false;
};

// One stored episode, as listed by `claimkb episodes`.
struct EpisodeRecord {
  std::int64_t id = 0;  // Row id; stable while the episode is stored.
  std::string slug;     // File stem at first ingest, unique: "2025-11-21-gemini-3-101-live".
  std::string key;      // Canonical URL, else "sha:" + content hash.
  std::string title;
  std::string url;
  std::string date;  // YYYY-MM-DD or empty.
  int duration_s = -1;
  std::string path;  // Source file of the kept digest.
  std::string content_hash;
  int section_count = 0;        // All sections.
  int timed_section_count = 0;  // Sections with a time range.
  int claim_count = 0;
  std::vector<std::string>
      speakers;                     // Speaker names as written in the digest, order of first turn.
  std::vector<std::string> people;  // The same speakers' canonical names (田博士 → 田渊栋).
  // Every file that is a source of this episode (same URL), in path order;
  // the record's own fields are the first one's, its counts the sum of all.
  std::vector<std::string> sources;
  std::vector<std::string> source_slugs;  // The same sources' slugs (claim ids use them).
};

struct SpeakerRecord {
  std::int64_t id = 0;
  std::string name;                  // Canonical display name.
  std::vector<std::string> aliases;  // Every other spelling seen or listed.
  int episode_count = 0;
  int turn_count = 0;
  int claim_count = 0;
};

// A claim with what a reader needs to cite it.
struct StoredClaim {
  std::string id;  // "<episode slug>#<ordinal>", stable across re-ingest of the same text.
  Claim claim;
  std::int64_t episode_id = 0;
  std::string episode_slug;
  std::string episode_title;
  std::string episode_url;
  std::string episode_date;
  std::string section_title;
  std::string path;          // Source file.
  std::string speaker_name;  // Canonical speaker name; "editor" for the editor.
  // The claim's paragraph in the other language, when the digest gives both
  // (Paragraph::translation); empty otherwise. Indexed, so it finds the claim.
  std::string translation;
};

// The episode's fields of a whole claim, as of a LinkClaim (link_claim.h).
inline const std::string& EpisodeSlug(const StoredClaim& claim) { return claim.episode_slug; }
inline const std::string& EpisodeUrl(const StoredClaim& claim) { return claim.episode_url; }
inline const std::string& EpisodeDate(const StoredClaim& claim) { return claim.episode_date; }

struct ClaimFilter {
  std::vector<std::string> entity_ids;     // Any of these (caller expands descendants).
  std::vector<std::string> benchmark_ids;  // Any of these, AND-ed with entity_ids.
  // When set: only claims that name any benchmark, state a result, or are
  // on this topic ("" for no topic). Lists every benchmark without reading
  // every claim.
  std::optional<std::string> any_benchmark_or_topic;
  std::string speaker;  // Any name of a speaker's identity (SpeakerIdentityOf); empty = any.
  std::string topic;    // Topic id; empty = any.
  std::optional<Stance> stance;
  std::optional<std::int64_t> episode_id;
  std::string since;  // YYYY-MM-DD inclusive; empty = open.
  std::string until;  // YYYY-MM-DD inclusive; empty = open.
  int limit = 0;      // 0 = no limit.
  int offset = 0;
};

struct EntityCount {
  std::string entity_id;
  EntityKind kind = EntityKind::kModel;
  std::string name;
  int mentions = 0;  // Claim mentions, inferred ones included.
  int episodes = 0;
  std::vector<std::string> surfaces;  // Distinct spellings linked to it, in text order of first use.
  double confidence = 0;              // The highest confidence of its mentions.
};

// One entity row with its place in the hierarchy (the graph's is_a edges).
struct EntityNode {
  std::string id;
  EntityKind kind = EntityKind::kModel;
  std::string name;
  std::string parent_id;  // Empty at the root.
};

enum class PutOutcome {
  kAdded,      // A new episode.
  kUnchanged,  // Same content hash as stored: nothing written.
  kReplaced,   // Same key (URL or path), new content: replaced atomically.
  kKeptOther,  // Same URL as a stored digest that was judged better; nothing written.
};
const char* PutOutcomeName(PutOutcome outcome);

struct PutResult {
  PutOutcome outcome = PutOutcome::kAdded;
  std::int64_t episode_id = 0;
  std::string note;  // For kReplaced/kKeptOther: which digest is kept and why.
  std::string slug;  // kAdded/kReplaced: the episode's slug.
  // kAdded/kReplaced: the claims as stored, equal to what QueryClaims reads
  // back for this row, so the search index can be written from memory.
  std::vector<StoredClaim> claims;
};

// What the store knows of one source file, for skipping unchanged files
// before they are parsed.
struct StoredSource {
  std::int64_t episode_id = 0;
  std::string content_hash;  // ContentHash() of the file's bytes when stored.
  int claim_count = 0;
};

class Store {
 public:
  // Opens or creates `<db_dir>/claims.sqlite` (creating db_dir), applies
  // pending migrations in one transaction, sets WAL, synchronous=FULL and the
  // busy timeout. kSchemaMismatch when the file is newer than this binary.
  static Result<std::unique_ptr<Store>> Open(const std::string& db_dir,
                                             const StoreOptions& options = {});
  ~Store();

  // Stores one episode with its claims in a single BEGIN IMMEDIATE ...
  // COMMIT: either all of it is visible afterwards or none of it. `lexicon`
  // provides names and kinds for entity rows.
  //
  // The episode's key is its URL, else "sha:" + content_hash; a stored
  // episode with the same key, or else the same path, is the one replaced
  // (keeping its id and slug, so claim ids "<slug>#<ordinal>" stay valid).
  // Two digests with the same URL from different files: the one with more
  // full-text (non-editor) claims is kept, then the one with more lines, then
  // the stored one; `note` says which and why.
  //
  // Speakers: a turn whose speaker (or, failing that, speaker_note) matches
  // the name or an alias of a kPerson lexicon entry (case- and
  // space-insensitive) is stored under the entry's name, with the spelling
  // seen, the matching note and the entry's aliases as speaker aliases; an
  // earlier speaker row under one of those spellings is merged into it.
  // Other speakers are stored as written (or under the speaker that already
  // has that spelling as an alias). Editor claims have no speaker.
  Result<PutResult> PutEpisode(const Episode& episode, const std::vector<Claim>& claims,
                               const Lexicon& lexicon);
  // The stored episode whose source is the file at `path` (as given to
  // PutEpisode in Episode::path); nullopt when none is.
  Result<std::optional<StoredSource>> FindSource(const std::string& path) const;
  // Replaces only the claims of a stored episode (after a lexicon change).
  Status ReplaceClaims(std::int64_t episode_id, const std::vector<Claim>& claims,
                       const Lexicon& lexicon);
  // The same, for a caller that has already loaded the episode (LoadEpisode
  // of `episode_id`) to extract its claims, so it is not read twice.
  Status ReplaceClaims(std::int64_t episode_id, const Episode& stored,
                       const std::vector<Claim>& claims, const Lexicon& lexicon);

  Result<std::vector<EpisodeRecord>> ListEpisodes() const;
  // The row id of every stored source file, in id order: ListEpisodes groups
  // the sources of one work, and whoever rewrites claims needs each of them.
  Result<std::vector<std::int64_t>> ListEpisodeRows() const;
  // Finds by numeric id, slug, URL, or a unique case-insensitive substring of
  // the title or slug. kNotFound (with candidates in the hint when ambiguous).
  Result<EpisodeRecord> FindEpisode(std::string_view ref) const;
  // The episode one of whose sources is this episode row (a claim's
  // `episode_id`), as ListEpisodes lists it, without listing them all;
  // kNotFound when no such row is stored.
  Result<EpisodeRecord> EpisodeOfRow(std::int64_t episode_id) const;
  // Rebuilds the parsed Episode (sections, turns, paragraphs) as stored.
  Result<Episode> LoadEpisode(std::int64_t episode_id) const;
  // Speakers with at least one stored turn or claim, most claims first.
  Result<std::vector<SpeakerRecord>> ListSpeakers() const;
  // The same speakers' names and aliases, counts left at 0, in the order
  // they were first stored: what recognising a name needs, without counting
  // every turn (ListSpeakers took 0.2 s at 10,000 episodes).
  Result<std::vector<SpeakerRecord>> ListSpeakerNames() const;
  // Every name an episode's cover lists as speaking (Episode::listed_speakers),
  // once each, sorted: a raw transcript's guest is named there even when no
  // line carries a speaker.
  Result<std::vector<std::string>> ListListedSpeakerNames() const;
  // The slugs of the episodes whose cover lists `name` exactly, oldest first.
  Result<std::vector<std::string>> EpisodesListing(std::string_view name) const;

  // Speakers grouped into people (claimkb/core/speaker_identity.h), with the
  // evidence for each link and the user's decisions applied; most claims
  // first. Computed on each call from what is stored.
  Result<std::vector<SpeakerIdentity>> SpeakerIdentities() const;
  // The identity of `name`: a speaker's name or alias, a person a cover names
  // as host, or a role label (then: where it stands for nobody named).
  // kNotFound when nobody is called so.
  Result<SpeakerIdentity> SpeakerIdentityOf(std::string_view name) const;
  // Records the user's decision that `name` and `other` are one person
  // (same = true), or that `name` stands apart from everyone (same = false,
  // `other` empty). Kept by name, it survives re-ingest and re-extraction;
  // a later decision overrides an earlier one. kNotFound for an unknown name.
  Status RecordSpeakerDecision(std::string_view name, std::string_view other, bool same);

  // Claims in episode date, slug, ordinal order. filter.speaker "editor"
  // selects the editor's claims; since/until leave out undated episodes.
  Result<std::vector<StoredClaim>> QueryClaims(const ClaimFilter& filter) const;
  // `claim_id` is "<episode slug>#<ordinal>"; kInvalidArgument when it is not
  // of that form, kNotFound when no such claim is stored.
  Result<StoredClaim> GetClaim(std::string_view claim_id) const;
  // All claims of every episode, for (re)indexing, in episode then ordinal order.
  Result<std::vector<StoredClaim>> AllClaims() const;
  // Every claim in AllClaims' order, each passed to `visit` as it is read
  // and not kept: a rebuild of the index over a large store holds one claim
  // at a time. Stops at, and returns, the first error `visit` returns.
  Status ForEachClaim(const std::function<Status(const StoredClaim&)>& visit) const;
  Result<std::vector<EntityCount>> ListEntities(std::optional<EntityKind> kind) const;
  // Benchmark results joined with their claims.
  struct StoredResult {
    BenchmarkResult result;
    std::string claim_id;
  };
  Result<std::vector<StoredResult>> ListResults(const std::string& benchmark_id) const;

  // The claim graph's stored edges (claimkb/core/claim_graph.h), by claim id.
  // PutEpisode and ReplaceClaims write 'summarises' (the editor's summary
  // line → the claims it covers) and 'restates' (near-duplicate claims in
  // another source of the same episode, same work key) with the claims; the
  // rows go with either end's claims. `claim_id` empty: every edge, in
  // insertion order; otherwise the edges with that claim at either end
  // (kInvalidArgument when it is malformed, an empty list when unknown).
  // `kinds`: only edges of these kinds; empty: every kind.
  Result<std::vector<ClaimEdge>> ListClaimEdges(std::string_view claim_id = {},
                                                const std::vector<EdgeKind>& kinds = {}) const;
  // The edges with either end on any of `claim_ids`, in insertion order, in
  // one statement however many ids there are (kInvalidArgument when one is
  // malformed; unknown ids add nothing). `kinds` as for ListClaimEdges.
  Result<std::vector<ClaimEdge>> ListClaimEdgesOf(const std::vector<std::string>& claim_ids,
                                                  const std::vector<EdgeKind>& kinds = {}) const;
  // The edges with either end on a claim that names any of `entity_ids`
  // (inferred mentions too, as ClaimFilter::entity_ids), in insertion order:
  // the neighbourhood of an entity without reading every edge. `kinds` as
  // for ListClaimEdges.
  Result<std::vector<ClaimEdge>> ListClaimEdgesAround(
      const std::vector<std::string>& entity_ids, const std::vector<EdgeKind>& kinds = {}) const;
  // Replaces every computed 'supports' and 'contradicts' edge with `edges`
  // (other kinds in it are kInvalidArgument; ends that no longer exist are
  // skipped) and records `generation`, the Generation() the edges were
  // computed from, in one transaction. User-decided rows stay. Does not bump
  // the generation: the Xapian index holds no edges.
  Status ReplaceStanceEdges(const std::vector<ClaimEdge>& edges, std::int64_t generation);
  // Adds computed stance edges (ends that no longer exist are skipped; an
  // edge already stored keeps the higher weight and its evidence) and
  // records `generation`, keeping the stored ones: the incremental link
  // step after a write that added claims, and each chunk of a full relink
  // (-1 for all but the last, so readers do not trust a partial set).
  // Either write drops a computed 'supports' edge of a pair that also
  // contradicts: the pair is shown as contradicting.
  Status AddStanceEdges(const std::vector<ClaimEdge>& edges, std::int64_t generation);
  // Claims that take a stance (a positive or negative claim, or a positive
  // or negative mention): the only ones a stance edge can join. Neutral
  // claims are most of a store, so the link step reads these instead of
  // AllClaims().
  Result<std::vector<StoredClaim>> ClaimsTakingStance() const;
  // Those of them that mention any of `entity_ids` or carry any of
  // `topics`: every claim that can share a stance target with claims
  // naming them. `expected` (0: unknown) is reserved up front: growing a
  // list of a hundred thousand claims by doubling held both copies.
  Result<std::vector<StoredClaim>> ClaimsOnTargets(const std::vector<std::string>& entity_ids,
                                                   const std::vector<std::string>& topics,
                                                   std::size_t expected = 0) const;
  // The same claims as the link step reads them (link_claim.h): no titles,
  // path, translation, stated results or summarised lines, and one copy of
  // each episode's fields.
  Result<std::vector<LinkClaim>> LinkClaimsTakingStance() const;
  Result<std::vector<LinkClaim>> LinkClaimsOnTargets(const std::vector<std::string>& entity_ids,
                                                     const std::vector<std::string>& topics,
                                                     std::size_t expected = 0) const;
  // The claims with these row ids (each once; unknown ones skipped), in row
  // id order, as the link step reads them.
  Result<std::vector<LinkClaim>> LinkClaimsByRow(const std::vector<std::int64_t>& rows) const;
  // Per entity and per topic, how many claims that take a stance mention
  // or carry it: what the link step packs into chunks of bounded size.
  struct TargetClaims {
    bool is_topic = false;
    std::string id;      // Entity id or topic id.
    std::int64_t claims = 0;
  };
  Result<std::vector<TargetClaims>> CountClaimsOnTargets() const;
  // The same for the listed entities and topics only.
  Result<std::vector<TargetClaims>> CountClaimsOnTargets(
      const std::vector<std::string>& entity_ids, const std::vector<std::string>& topics) const;
  // One claim's place in one of the link step's walks over a stance target
  // (schema/sqlite/0005_stance_walks.sql): the walk reads a target's claims
  // best factor first, ties by claim id.
  struct StanceWalkRow {
    std::string claim;  // "<episode slug>#<ordinal>".
    std::string key;    // StanceTarget::Key().
    int walk = 0;       // 0/1 contradiction walk of +/- uses, 2/3 support walk of +/- uses.
    double factor = 0;
  };
  // Adds rows (claims that no longer exist are skipped) and records
  // `generation` as the one the rows are complete for (-1: not complete).
  // kReplaceAll: every stored row goes first, as a relink's first batch
  // does; kReplaceClaims: the stored rows of the claims in `rows` go first,
  // as after a write that linked them again.
  enum class WalkWrite { kAdd, kReplaceClaims, kReplaceAll };
  Status AddStanceWalks(const std::vector<StanceWalkRow>& rows, std::int64_t generation,
                        WalkWrite how = WalkWrite::kAdd);
  // The generation the rows were last recorded complete for; -1 if never.
  Result<std::int64_t> StanceWalksGeneration() const;
  // The first `limit` uses of the walk (`key`, `walk`), in walk order (a
  // claim with two uses on one key may come twice).
  struct StanceWalkEntry {
    std::int64_t row = 0;  // The claim's row id.
    std::string claim;     // "<episode slug>#<ordinal>".
    double factor = 0;
  };
  Result<std::vector<StanceWalkEntry>> StanceWalkHead(const std::string& key, int walk,
                                                      int limit) const;
  // The generation recorded by the last ReplaceStanceEdges; -1 if never.
  // The stored stance edges are current only while it equals Generation().
  Result<std::int64_t> StanceEdgesGeneration() const;
  // Every stored entity with its parent, in id order (is_a edges).
  Result<std::vector<EntityNode>> ListEntityNodes() const;

  // A counter bumped by every committed write; the Xapian index records the
  // generation it reflects so drift can be detected.
  Result<std::int64_t> Generation() const;
  // Claims stored, over every episode.
  Result<std::int64_t> ClaimCount() const;

  // Runs SQLite's integrity and foreign-key checks; kCorruption naming the
  // first problem found. For `claimkb check` and the crash tests.
  Status CheckIntegrity() const;

  const std::string& path() const;  // Path of claims.sqlite.

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  // Both CountClaimsOnTargets: null lists count every entity and topic.
  Result<std::vector<TargetClaims>> CountClaims(const std::vector<std::string>* entity_ids,
                                                const std::vector<std::string>* topics) const;
  // ReplaceStanceEdges (`replace`: the computed ones go first) and AddStanceEdges.
  Status WriteStanceEdges(const std::vector<ClaimEdge>& edges, std::int64_t generation,
                          bool replace);
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimkb

#endif  // CLAIMKB_CORE_STORE_H_
