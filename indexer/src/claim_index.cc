#include "claimkb/indexer/claim_index.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "claimkb/core/claim_codec.h"
#include "claimkb/indexer/hit_card.h"
#include "claimkb/indexer/index_fields.h"
#include "xapian_support.h"

namespace claimkb {

namespace xs = xapian_support;

namespace {

// Claim text counts three times as much as the titles around it, so a claim
// that says "coding" outranks one that merely sits in a "Coding" section.
constexpr Xapian::termcount kClaimTextWdf = 3;
constexpr Xapian::termcount kTitleWdf = 1;
// Gap between fields so phrases never span claim text and a title.
constexpr Xapian::termpos kFieldGap = 100;
// Xapian rejects terms longer than 245 bytes; such values are not worth a term.
constexpr std::size_t kMaxTermBytes = 240;

std::string_view Prefix(std::string_view field_name) { return FindIndexField(field_name)->prefix; }

void AddBoolean(Xapian::Document& doc, std::string_view field_name, std::string_view value) {
  if (value.empty()) return;
  std::string term = xs::BooleanTerm(Prefix(field_name), value);
  if (term.size() <= kMaxTermBytes) doc.add_boolean_term(term);
}

// `id` and its ancestors; just `id` when the lexicon does not know it.
std::vector<std::string> WithAncestors(const Lexicon& lexicon, const std::string& id) {
  std::vector<std::string> ids = lexicon.Ancestors(id);
  if (ids.empty()) ids.push_back(id);
  return ids;
}

std::string YesNo(bool value) { return value ? "yes" : "no"; }

}  // namespace

const char* CjkSegmentationName(CjkSegmentation mode) {
  return mode == CjkSegmentation::kNgram ? "ngram" : "icu";
}

struct ClaimIndex::Impl {
  std::optional<Xapian::WritableDatabase> writable;  // Set by Open().
  Xapian::Database db;                               // The database read from.
  std::string description;                           // Path or sources, for errors.
  std::string db_dir;                                // Set by CreateStaging().
  std::string staging_dir;                           // Set by CreateStaging(), until Publish().
  CjkSegmentation cjk = CjkSegmentation::kNgram;
  Xapian::TermGenerator generator;
  // The episode whose record (metadata) Replace() wrote last: an episode's
  // claims come one after another, so its record is written once.
  std::int64_t recorded_episode = -1;
  // Section index -> the title its metadata holds, for recorded_episode.
  std::map<int, std::string> recorded_sections;
};

ClaimIndex::ClaimIndex(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ClaimIndex::~ClaimIndex() = default;

std::string ClaimIndex::IndexDirectory(const std::string& db_dir) {
  return (std::filesystem::path(db_dir) / "xapian").string();
}

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kSiblingPrefix = "xapian.";

// Makes `path` (a file or directory) durable in its parent directory.
void SyncDirectory(const fs::path& dir) {
  const int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  fsync(fd);
  close(fd);
}

// Deletes sibling index directories and stray links except `keep`: staging
// indexes of rebuilds that died, and indexes replaced two rebuilds ago.
void RemoveOldIndexes(const fs::path& db_dir, const std::vector<std::string>& keep) {
  std::error_code ec;
  for (fs::directory_iterator it(db_dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (!name.starts_with(kSiblingPrefix)) continue;
    if (std::find(keep.begin(), keep.end(), name) != keep.end()) continue;
    std::error_code ignored;
    fs::remove_all(it->path(), ignored);
  }
}

}  // namespace

Result<std::string> ClaimIndex::ResolveIndexDirectory(const std::string& db_dir) {
  const fs::path link = IndexDirectory(db_dir);
  std::error_code ec;
  fs::path resolved = fs::canonical(link, ec);
  if (ec || !fs::is_directory(resolved, ec)) {
    return MakeError(ErrorCode::kNotFound, fmt::format("no index at '{}'", link.string()),
                     "run `claimkb reindex` to build it from the store");
  }
  return resolved.string();
}

Result<std::unique_ptr<ClaimIndex>> ClaimIndex::Open(const std::string& db_dir,
                                                     const IndexOptions& options) {
  std::error_code ec;
  std::filesystem::create_directories(db_dir, ec);
  if (ec) {
    return MakeError(ErrorCode::kIO, fmt::format("cannot create database directory '{}': {}",
                                                 db_dir, ec.message()));
  }
  auto live = ResolveIndexDirectory(db_dir);
  if (!live) {
    // No index yet: create one beside, publish it, then open it as usual,
    // so that even the first index appears whole.
    auto staging = CreateStaging(db_dir, options);
    if (!staging) return std::unexpected(staging.error());
    if (Status committed = (*staging)->Commit(0); !committed) {
      return std::unexpected(committed.error());
    }
    if (Status published = (*staging)->Publish(); !published) {
      return std::unexpected(published.error());
    }
    staging->reset();
    live = ResolveIndexDirectory(db_dir);
    if (!live) return std::unexpected(live.error());
  }
  const std::string dir = *live;
  auto impl = std::make_unique<Impl>();
  impl->description = dir;
  auto opened = xs::Guard(fmt::format("opening index {}", dir), [&]() -> Status {
    int action = options.overwrite ? Xapian::DB_CREATE_OR_OVERWRITE : Xapian::DB_CREATE_OR_OPEN;
    impl->writable.emplace(dir, action);
    impl->db = *impl->writable;
    return {};
  });
  if (!opened) return std::unexpected(opened.error());
  return Configure(std::move(impl), options);
}

Result<std::unique_ptr<ClaimIndex>> ClaimIndex::CreateStaging(const std::string& db_dir,
                                                              const IndexOptions& options) {
  std::error_code ec;
  fs::create_directories(db_dir, ec);
  std::string pattern = (fs::path(db_dir) / (std::string(kSiblingPrefix) + "XXXXXX")).string();
  if (ec || mkdtemp(pattern.data()) == nullptr) {
    return MakeError(ErrorCode::kIO,
                     fmt::format("cannot create a new index directory in '{}': {}", db_dir,
                                 ec ? ec.message() : std::string(std::strerror(errno))),
                     "check that the database directory is writable and not full");
  }
  // mkdtemp makes the directory private (0700); an index is as readable as
  // the database around it, so that other users can search a shared one.
  const mode_t mask = umask(0);
  umask(mask);
  chmod(pattern.c_str(), 0777 & ~mask);
  auto impl = std::make_unique<Impl>();
  impl->description = pattern;
  impl->db_dir = db_dir;
  impl->staging_dir = pattern;
  auto opened = xs::Guard(fmt::format("creating index {}", pattern), [&]() -> Status {
    impl->writable.emplace(pattern, Xapian::DB_CREATE_OR_OVERWRITE);
    impl->db = *impl->writable;
    return {};
  });
  if (!opened) {
    fs::remove_all(pattern, ec);
    return std::unexpected(opened.error());
  }
  return Configure(std::move(impl), options);
}

Status ClaimIndex::Compact() {
  if (impl_->staging_dir.empty() || !impl_->writable) {
    return MakeError(ErrorCode::kInvalidArgument, "only a staging index can be compacted");
  }
  const std::string from = impl_->staging_dir;
  std::string to = (fs::path(impl_->db_dir) / (std::string(kSiblingPrefix) + "XXXXXX")).string();
  if (mkdtemp(to.data()) == nullptr) {
    return MakeError(ErrorCode::kIO,
                     fmt::format("cannot create a directory for the compacted index in '{}': {}",
                                 impl_->db_dir, std::strerror(errno)));
  }
  const mode_t mask = umask(0);
  umask(mask);
  chmod(to.c_str(), 0777 & ~mask);
  auto compacted = xs::Guard(fmt::format("compacting index {}", from), [&]() -> Status {
    impl_->writable->close();
    impl_->writable.reset();
    // Full blocks, in document order: the index is read far more than written.
    Xapian::Database(from).compact(to, Xapian::DBCOMPACT_NO_RENUMBER | Xapian::Compactor::FULLER);
    return {};
  });
  std::error_code ec;
  if (!compacted) {
    fs::remove_all(to, ec);
    return compacted;  // The staging index is closed: it can no longer be published.
  }
  fs::remove_all(from, ec);
  impl_->staging_dir = to;
  impl_->description = to;
  return {};
}

Status ClaimIndex::Publish() {
  // A compacted staging index is complete and already closed.
  if (impl_->staging_dir.empty()) {
    return MakeError(ErrorCode::kInvalidArgument, "only a staging index can be published");
  }
  // Release Xapian's own lock and files first: the index is complete.
  if (impl_->writable) {
    auto closed =
        xs::Guard(fmt::format("closing index {}", impl_->staging_dir), [&]() -> Status {
          impl_->writable->close();
          return {};
        });
    if (!closed) return closed;
    impl_->writable.reset();
  }

  const fs::path db_dir = impl_->db_dir;
  const fs::path link = IndexDirectory(impl_->db_dir);
  const std::string target = fs::path(impl_->staging_dir).filename().string();
  std::vector<std::string> keep = {target};
  std::error_code ec;
  const fs::file_status status = fs::symlink_status(link, ec);
  if (fs::is_symlink(status)) {
    // The index being replaced stays for readers that have just opened it.
    keep.push_back(fs::read_symlink(link, ec).filename().string());
  } else if (fs::is_directory(status)) {
    // A database from before the link layout: move its index aside first.
    // Until the link is in place, a reader finds no index; this happens once.
    const std::string aside = std::string(kSiblingPrefix) + "legacy";
    fs::remove_all(db_dir / aside, ec);
    fs::rename(link, db_dir / aside, ec);
    if (ec) {
      return MakeError(ErrorCode::kIO, fmt::format("cannot move the old index {} aside: {}",
                                                   link.string(), ec.message()));
    }
    keep.push_back(aside);
  }
  const fs::path temporary = db_dir / fmt::format("{}link-{}", kSiblingPrefix, getpid());
  fs::remove(temporary, ec);
  fs::create_symlink(target, temporary, ec);
  if (!ec) fs::rename(temporary, link, ec);  // The atomic step.
  if (ec) {
    fs::remove(temporary, ec);
    return MakeError(
        ErrorCode::kIO,
        fmt::format("cannot switch {} to the new index: {}", link.string(), ec.message()),
        "the old index is still in use; run `claimkb reindex` again");
  }
  SyncDirectory(db_dir);
  impl_->staging_dir.clear();
  RemoveOldIndexes(db_dir, keep);
  return {};
}

Status ClaimIndex::Verify(const std::string& db_dir) {
  auto live = ResolveIndexDirectory(db_dir);
  if (!live) return std::unexpected(live.error());
  std::ostringstream report;
  auto checked = xs::Guard(fmt::format("checking index {}", *live), [&]() -> Result<std::size_t> {
    return Xapian::Database::check(*live, 0, &report);
  });
  if (!checked) {
    Error error = checked.error();
    error.code = ErrorCode::kCorruption;
    error.message = "corrupt index: " + error.message;
    error.hint = "run `claimkb reindex` to rebuild it from the store";
    return std::unexpected(error);
  }
  if (*checked == 0) return {};
  // The first lines of Xapian's report say where; the rest repeats.
  std::string first;
  std::istringstream lines(report.str());
  for (std::string line; std::getline(lines, line) && first.size() < 300;) {
    if (line.empty()) continue;
    if (!first.empty()) first += "; ";
    first += line;
  }
  return MakeError(ErrorCode::kCorruption,
                   fmt::format("index {} is corrupt: {} error{} ({})", *live, *checked,
                               *checked == 1 ? "" : "s", first),
                   "run `claimkb reindex` to rebuild it from the store");
}

Result<std::unique_ptr<ClaimIndex>> ClaimIndex::Configure(std::unique_ptr<Impl> impl,
                                                          const IndexOptions& options) {
  const std::string dir = impl->description;

  auto configured = xs::Guard(fmt::format("reading index {}", dir), [&]() -> Status {
    Xapian::WritableDatabase& db = *impl->writable;
    const std::string recorded = db.get_metadata(std::string(kMetaCjk));
    if (recorded.empty()) {
      impl->cjk = options.cjk;
      db.set_metadata(std::string(kMetaCjk), CjkSegmentationName(options.cjk));
      db.set_metadata(std::string(kMetaLayout), std::string(kLayoutVersion));
    } else {
      impl->cjk = xs::ReadCjkMode(db);
      if (impl->cjk != options.cjk) {
        return MakeError(ErrorCode::kInvalidArgument,
                         fmt::format("index {} segments Chinese as '{}', not '{}'", dir, recorded,
                                     CjkSegmentationName(options.cjk)),
                         "run `claimkb reindex` to rebuild it");
      }
      const std::string layout = db.get_metadata(std::string(kMetaLayout));
      if (layout != kLayoutVersion) {
        return MakeError(ErrorCode::kSchemaMismatch,
                         fmt::format("index {} has layout '{}', this claimkb writes '{}'", dir,
                                     layout, kLayoutVersion),
                         "run `claimkb reindex` to rebuild it");
      }
    }
    return {};
  });
  if (!configured) return std::unexpected(configured.error());

  impl->generator.set_stemmer(xs::Stemmer());
  impl->generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  impl->generator.set_flags(xs::TermGeneratorFlags(impl->cjk));
  return std::unique_ptr<ClaimIndex>(new ClaimIndex(std::move(impl)));
}

Result<std::unique_ptr<ClaimIndex>> ClaimIndex::OpenReadOnly(
    const std::vector<std::string>& sources) {
  auto db = xs::OpenSources(sources);
  if (!db) return std::unexpected(db.error());
  auto impl = std::make_unique<Impl>();
  impl->db = std::move(*db);
  impl->description = fmt::format("{}", fmt::join(sources, ", "));
  auto mode = xs::Guard("reading index metadata",
                        [&]() -> Result<CjkSegmentation> { return xs::ReadCjkMode(impl->db); });
  if (!mode) return std::unexpected(mode.error());
  impl->cjk = *mode;
  return std::unique_ptr<ClaimIndex>(new ClaimIndex(std::move(impl)));
}

Status ClaimIndex::Replace(const StoredClaim& stored, const Lexicon& lexicon) {
  if (!impl_->writable) {
    return MakeError(ErrorCode::kInvalidArgument, "index was opened read-only");
  }
  if (stored.id.empty()) {
    return MakeError(ErrorCode::kInvalidArgument, "claim has no id");
  }
  return xs::Guard(fmt::format("indexing claim {}", stored.id), [&]() -> Status {
    const Claim& claim = stored.claim;
    Xapian::Document doc;
    Xapian::TermGenerator& generator = impl_->generator;
    generator.set_document(doc);

    // Free text: the claim text unprefixed, the titles only under their
    // prefixes. A bare word must be in the claim itself to match; the
    // searcher lets titles rank matches, never add them (layout 2).
    const CjkSegmentation cjk = impl_->cjk;
    xs::IndexText(generator, xs::PrepareText(claim.text, cjk), kClaimTextWdf, "", true, cjk);
    generator.increase_termpos(kFieldGap);
    // The same words in the other language, when the digest gives both: they
    // are the claim's own words, so they match as its text does.
    if (!stored.translation.empty()) {
      xs::IndexText(generator, xs::PrepareText(stored.translation, cjk), kClaimTextWdf, "", true,
                    cjk);
      generator.increase_termpos(kFieldGap);
    }
    // Titles rank claims (OP_AND_MAYBE, weighted words) but phrase search
    // never needs them: positions would repeat every title once per claim
    // under it, 40% of the position table.
    xs::IndexText(generator, xs::PrepareText(stored.section_title, cjk), kTitleWdf,
                  std::string(Prefix("section")), false, cjk);
    xs::IndexText(generator, xs::PrepareText(stored.episode_title, cjk), kTitleWdf,
                  std::string(Prefix("title")), false, cjk);

    // Boolean filters. replace_document() does not add the unique term.
    const std::string unique = std::string(kPrefixUnique) + stored.id;
    doc.add_boolean_term(unique);
    doc.add_boolean_term(std::string(kPrefixEpisodeId) + std::to_string(stored.episode_id));
    AddBoolean(doc, "episode", stored.episode_slug);
    AddBoolean(doc, "speaker", stored.speaker_name);
    AddBoolean(doc, "stance", StanceName(claim.stance));
    AddBoolean(doc, "modality", ModalityName(claim.modality));
    AddBoolean(doc, "highlighted", YesNo(claim.highlighted));
    AddBoolean(doc, "editor", YesNo(claim.by_editor));

    std::vector<std::string> models;  // Direct models, for the facet slots.
    std::vector<std::string> topics = claim.topics;
    for (const EntityMention& mention : claim.entities) {
      if (mention.entity_id.empty()) continue;
      for (const std::string& id : WithAncestors(lexicon, mention.entity_id)) {
        AddBoolean(doc, "entity", id);
        if (mention.kind == EntityKind::kModel) AddBoolean(doc, "model", id);
        if (mention.kind == EntityKind::kBenchmark) AddBoolean(doc, "benchmark", id);
      }
      if (mention.kind == EntityKind::kModel) models.push_back(mention.entity_id);
      if (mention.kind == EntityKind::kTopic) topics.push_back(mention.entity_id);
    }
    for (const std::string& topic : topics) {
      for (const std::string& id : WithAncestors(lexicon, topic)) AddBoolean(doc, "topic", id);
    }

    // Values: sortable date and position, facets, snippet text.
    std::string date = stored.episode_date;
    std::erase(date, '-');
    if (date.size() == 8) doc.add_value(kSlotDate, date);
    if (claim.at_s) doc.add_value(kSlotAtSeconds, Xapian::sortable_serialise(*claim.at_s));
    doc.add_value(kSlotOrdinal, Xapian::sortable_serialise(claim.ordinal));
    // Stance and speaker in one value: one spy counts the speaker × stance
    // table of a question in one pass (layout 5).
    doc.add_value(kSlotStanceSpeaker,
                  EncodeStanceSpeaker(StanceName(claim.stance), stored.speaker_name));
    // Everything a hit shows in one value: one lookup per hit.
    const std::string hit_card = EncodeHitCard(
        {stored.id, stored.speaker_name, StanceName(claim.stance),
         date.size() == 8 ? date : std::string(), xs::PrepareText(claim.text, impl_->cjk)});
    doc.add_value(kSlotHitCard, hit_card);
    doc.add_value(kSlotEpisode, stored.episode_slug);
    auto add_facets = [&doc](std::vector<std::string> values, int first_slot) {
      std::vector<std::string> distinct;
      for (std::string& value : values) {
        if (std::find(distinct.begin(), distinct.end(), value) == distinct.end()) {
          distinct.push_back(std::move(value));
        }
      }
      for (int i = 0; i < kFacetSlotsPerField && i < static_cast<int>(distinct.size()); ++i) {
        doc.add_value(static_cast<Xapian::valueno>(first_slot + i), distinct[i]);
      }
    };
    add_facets(models, kSlotModelFirst);
    add_facets(topics, kSlotTopicFirst);

    // The claim's own fields, and its episode's once per episode, so that
    // hits from a remote shard can be shown and cited without the SQLite
    // store they came from (layout 6). Local readers read SQLite instead.
    // What the hit card holds as the reader will decode it (the text as
    // written, unless ICU segmentation changed it) is not repeated (layout 8).
    // The section title is kept once per section, in metadata, and a record
    // whose title is that one leaves its own out: titles were a third of
    // the document data. A key holding another title (a claim replaced
    // alone after its section was renamed) is never overwritten, as other
    // records may read it; such a claim writes its title in full.
    Xapian::WritableDatabase& db = *impl_->writable;
    if (impl_->recorded_episode != stored.episode_id) {
      db.set_metadata(xs::EpisodeKey(stored.episode_id), EncodeEpisodeRecord(stored));
      impl_->recorded_episode = stored.episode_id;
      impl_->recorded_sections.clear();
    }
    std::string_view section_title;
    if (!stored.section_title.empty() && claim.section_index >= 0) {
      auto [held, added] = impl_->recorded_sections.try_emplace(claim.section_index);
      if (added) {
        const std::string key = xs::SectionKey(stored.episode_id, claim.section_index);
        held->second = db.get_metadata(key);
        if (held->second.empty()) {
          db.set_metadata(key, stored.section_title);
          held->second = stored.section_title;
        }
      }
      section_title = held->second;
    }
    const HitCard card = DecodeHitCard(hit_card);
    doc.set_data(EncodeClaimRecord(stored, {card.text, card.speaker, card.stance, section_title}));
    db.replace_document(unique, doc);
    return {};
  });
}

Result<int> ClaimIndex::DeleteEpisode(std::string_view slug_or_id) {
  if (!impl_->writable) {
    return MakeError(ErrorCode::kInvalidArgument, "index was opened read-only");
  }
  if (slug_or_id.empty()) {
    return MakeError(ErrorCode::kInvalidArgument, "no episode given");
  }
  const bool numeric = std::all_of(slug_or_id.begin(), slug_or_id.end(),
                                   [](char c) { return c >= '0' && c <= '9'; });
  const std::string term = numeric ? std::string(kPrefixEpisodeId) + std::string(slug_or_id)
                                   : xs::BooleanTerm(Prefix("episode"), slug_or_id);
  return xs::Guard(fmt::format("deleting episode {}", slug_or_id), [&]() -> Result<int> {
    Xapian::WritableDatabase& db = *impl_->writable;
    const int count = static_cast<int>(db.get_termfreq(term));
    if (count == 0) return 0;
    // The episode record goes with its last claim. A slug names the row id
    // through any of its claims' records.
    std::int64_t episode_id = 0;
    if (numeric) {
      std::from_chars(slug_or_id.data(), slug_or_id.data() + slug_or_id.size(), episode_id);
    } else {
      auto record = DecodeClaimRecord(db.get_document(*db.postlist_begin(term)).get_data());
      if (record) episode_id = record->episode_id;
    }
    db.delete_document(term);
    if (episode_id != 0) {
      db.set_metadata(xs::EpisodeKey(episode_id), "");
      const std::string sections = xs::SectionKey(episode_id, -1);
      std::vector<std::string> keys;
      for (auto it = db.metadata_keys_begin(sections); it != db.metadata_keys_end(sections); ++it) {
        keys.push_back(*it);
      }
      for (const std::string& key : keys) db.set_metadata(key, "");
    }
    impl_->recorded_episode = -1;
    impl_->recorded_sections.clear();
    return count;
  });
}

Status ClaimIndex::Commit(std::int64_t generation) {
  if (!impl_->writable) {
    return MakeError(ErrorCode::kInvalidArgument, "index was opened read-only");
  }
  return xs::Guard(fmt::format("committing index {}", impl_->description), [&]() -> Status {
    impl_->writable->set_metadata(std::string(kMetaGeneration), std::to_string(generation));
    impl_->writable->commit();
    return {};
  });
}

Status ClaimIndex::Flush() {
  if (!impl_->writable) {
    return MakeError(ErrorCode::kInvalidArgument, "index was opened read-only");
  }
  return xs::Guard(fmt::format("flushing index {}", impl_->description), [&]() -> Status {
    impl_->writable->commit();
    return {};
  });
}

Result<std::int64_t> ClaimIndex::Generation() const {
  auto text = xs::Guard("reading index generation", [&]() -> Result<std::string> {
    return impl_->db.get_metadata(std::string(kMetaGeneration));
  });
  if (!text) return std::unexpected(text.error());
  if (text->empty()) return 0;
  std::int64_t generation = 0;
  auto [ptr, ec] = std::from_chars(text->data(), text->data() + text->size(), generation);
  if (ec != std::errc() || ptr != text->data() + text->size()) {
    return MakeError(ErrorCode::kCorruption,
                     fmt::format("index {} records generation '{}'", impl_->description, *text),
                     "run `claimkb reindex`");
  }
  return generation;
}

Result<std::uint64_t> ClaimIndex::DocCount() const {
  return xs::Guard("counting indexed claims",
                   [&]() -> Result<std::uint64_t> { return impl_->db.get_doccount(); });
}

CjkSegmentation ClaimIndex::cjk() const { return impl_->cjk; }

}  // namespace claimkb
