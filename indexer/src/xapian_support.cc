#include "xapian_support.h"

#include <fmt/format.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <charconv>
#include <exception>
#include <filesystem>
#include <memory>
#include <new>

namespace claimkb::xapian_support {
namespace {

// Decodes one UTF-8 code point at `i`, advancing `i`; invalid bytes decode
// as U+FFFD and advance by one, so malformed input never loops or throws.
char32_t DecodeAt(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  int len = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
  for (int k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  i += len;
  return cp;
}

// The characters Xapian's CJK n-gram code treats as CJK, minus punctuation.
bool IsCjk(char32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) ||  // Hiragana, Katakana.
         (c >= 0x3400 && c <= 0x4DBF) ||  // CJK Extension A.
         (c >= 0x4E00 && c <= 0x9FFF) ||  // CJK Unified Ideographs.
         (c >= 0xAC00 && c <= 0xD7AF) ||  // Hangul syllables.
         (c >= 0xF900 && c <= 0xFAFF) ||  // Compatibility ideographs.
         (c >= 0x20000 && c <= 0x2FFFF);  // Extensions B and later.
}

// One word break iterator per thread: creating one loads ICU's dictionaries
// and costs far more than segmenting a claim.
icu::BreakIterator* WordBreaker() {
  thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
    if (U_FAILURE(status)) it.reset();
    return it;
  }();
  return breaker.get();
}

void AppendSegmentedRun(std::string_view run, std::string_view separator, std::string& out) {
  icu::BreakIterator* breaker = WordBreaker();
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = breaker == nullptr ? nullptr
                                    : utext_openUTF8(nullptr, run.data(),
                                                     static_cast<int64_t>(run.size()), &status);
  if (utext == nullptr || U_FAILURE(status)) {
    out.append(run);  // ICU unavailable: index the run as one word rather than fail.
    if (utext != nullptr) utext_close(utext);
    return;
  }
  breaker->setText(utext, status);
  // With a UTF-8 UText, boundaries are byte offsets into `run`.
  int32_t start = breaker->first();
  for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE;
       start = end, end = breaker->next()) {
    if (start != 0) out.append(separator);
    out.append(run.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start)));
  }
  utext_close(utext);
}

}  // namespace

Error CurrentExceptionToError(std::string_view context) {
  auto make = [&](ErrorCode code, const std::string& what, std::string hint = {}) {
    return Error{code, fmt::format("{}: {}", context, what), std::move(hint), {}, 0};
  };
  try {
    throw;
  } catch (const Xapian::DatabaseLockError& e) {
    return make(ErrorCode::kLocked, e.get_description(),
                "another claimkb process is writing the index; retry when it finishes");
  } catch (const Xapian::DatabaseNotFoundError& e) {
    // A directory that is not (or no longer) a whole index.
    return make(ErrorCode::kNotFound, e.get_description(),
                "run `claimkb reindex` to rebuild the index from the store");
  } catch (const Xapian::DatabaseVersionError& e) {
    return make(ErrorCode::kSchemaMismatch, e.get_description(), "run `claimkb reindex`");
  } catch (const Xapian::DatabaseCorruptError& e) {
    return make(ErrorCode::kCorruption, e.get_description(), "run `claimkb reindex`");
  } catch (const Xapian::DatabaseOpeningError& e) {
    // Files of the index missing or unreadable: the store can rebuild it.
    return make(ErrorCode::kCorruption, e.get_description(),
                "run `claimkb reindex` to rebuild the index from the store");
  } catch (const Xapian::NetworkError& e) {
    return make(ErrorCode::kIO, e.get_description());
  } catch (const Xapian::QueryParserError& e) {
    return make(ErrorCode::kInvalidArgument, e.get_description());
  } catch (const Xapian::WildcardError& e) {
    return make(ErrorCode::kInvalidArgument, e.get_description(),
                "make the wildcard longer so it matches fewer terms");
  } catch (const Xapian::InvalidArgumentError& e) {
    return make(ErrorCode::kInvalidArgument, e.get_description());
  } catch (const Xapian::DatabaseError& e) {
    return make(ErrorCode::kIO, e.get_description());
  } catch (const Xapian::Error& e) {
    return make(ErrorCode::kIO, e.get_description());
  } catch (const std::bad_alloc&) {
    return make(ErrorCode::kIO, "out of memory");
  } catch (const std::exception& e) {
    return make(ErrorCode::kIO, e.what());
  } catch (...) {
    return make(ErrorCode::kIO, "unknown exception");
  }
}

std::string SegmentCjkWords(std::string_view text, std::string_view separator) {
  std::string out;
  out.reserve(text.size() + text.size() / 2);
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    if (!IsCjk(DecodeAt(text, i))) {
      out.append(text.substr(start, i - start));
      continue;
    }
    std::size_t end = i;
    for (std::size_t j = i; j < text.size();) {
      if (!IsCjk(DecodeAt(text, j))) break;
      end = j;
    }
    AppendSegmentedRun(text.substr(start, end - start), separator, out);
    i = end;
  }
  return out;
}

std::string PrepareText(std::string_view text, CjkSegmentation mode) {
  if (mode == CjkSegmentation::kIcuWords) return SegmentCjkWords(text);
  return std::string(text);
}

namespace {

// Code points that every Xapian 1.4 release splits into n-grams: the unified
// ideographs with extension A, kana and Hangul syllables. Xapian's own list
// is a little wider and differs between releases; a character it counts as
// CJK that is missing here only keeps its stemmed copy.
bool SurelyCjk(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF);
}

}  // namespace

void IndexText(Xapian::TermGenerator& generator, std::string_view text, Xapian::termcount wdf,
               const std::string& prefix, bool positions, CjkSegmentation mode) {
  auto feed = [&](std::string_view run) {
    if (run.empty()) return;
    if (positions) {
      generator.index_text(Xapian::Utf8Iterator(run.data(), run.size()), wdf, prefix);
    } else {
      generator.index_text_without_positions(Xapian::Utf8Iterator(run.data(), run.size()), wdf,
                                             prefix);
    }
  };
  if (mode != CjkSegmentation::kNgram) {
    feed(text);
    return;
  }
  // Runs of CJK and of everything else, each with its own stemming; the
  // term positions run on across the calls.
  std::size_t start = 0;
  bool cjk_run = false;
  auto flush = [&](std::size_t end) {
    if (cjk_run) {
      generator.set_stemming_strategy(Xapian::TermGenerator::STEM_NONE);
      feed(text.substr(start, end - start));
      generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    } else {
      feed(text.substr(start, end - start));
    }
    start = end;
  };
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t at = pos;
    const bool cjk = SurelyCjk(DecodeAt(text, pos));  // Advances pos.
    if (cjk != cjk_run && at > start) flush(at);
    cjk_run = cjk;
  }
  flush(text.size());
}

std::string PrepareQueryText(std::string_view text, CjkSegmentation mode) {
  if (mode == CjkSegmentation::kIcuWords) return SegmentCjkWords(text, "-");
  return std::string(text);
}

std::string CleanSnippet(std::string snippet, std::string_view open, std::string_view close) {
  std::string out;
  out.reserve(snippet.size());
  for (std::size_t pos = 0; pos < snippet.size();) {
    if (snippet.compare(pos, kWordSeparator.size(), kWordSeparator) == 0) {
      pos += kWordSeparator.size();
    } else {
      out.push_back(snippet[pos++]);
    }
  }
  // Adjacent highlighted runs ("«多模»«态»", as CJK n-gram snippets produce
  // them) read better as one.
  const std::string joint = std::string(close) + std::string(open);
  for (std::size_t pos = out.find(joint); !joint.empty() && pos != std::string::npos;
       pos = out.find(joint, pos)) {
    out.erase(pos, joint.size());
  }
  // A lone highlighted Chinese character is almost always an n-gram unigram
  // of a longer query word landing elsewhere ("«模»型" for 多模态): unmark it,
  // so that highlights show where the words matched.
  if (open.empty() || close.empty()) return out;
  for (std::size_t pos = out.find(open); pos != std::string::npos; pos = out.find(open, pos)) {
    const std::size_t inner = pos + open.size();
    const std::size_t end = out.find(close, inner);
    if (end == std::string::npos) break;
    const bool lone_cjk = end - inner == 3 && static_cast<unsigned char>(out[inner]) >= 0xE3 &&
                          static_cast<unsigned char>(out[inner]) <= 0xE9;
    if (lone_cjk) {
      out.erase(end, close.size());
      out.erase(pos, open.size());
      pos += 3;
    } else {
      pos = end + close.size();
    }
  }
  return out;
}

Xapian::Stem Stemmer() { return Xapian::Stem("en"); }

int TermGeneratorFlags(CjkSegmentation mode) {
  return mode == CjkSegmentation::kNgram ? Xapian::TermGenerator::FLAG_CJK_NGRAM : 0;
}

unsigned QueryParserFlags(CjkSegmentation mode) {
  unsigned flags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                   Xapian::QueryParser::FLAG_WILDCARD | Xapian::QueryParser::FLAG_LOVEHATE;
  if (mode == CjkSegmentation::kNgram) flags |= Xapian::QueryParser::FLAG_CJK_NGRAM;
  return flags;
}

unsigned SnippetFlags(CjkSegmentation mode) {
  unsigned flags = Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE;
  if (mode == CjkSegmentation::kNgram) flags |= Xapian::MSet::SNIPPET_CJK_NGRAM;
  return flags;
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string BooleanTerm(std::string_view prefix, std::string_view value) {
  return std::string(prefix) + AsciiLower(value);
}

CjkSegmentation ReadCjkMode(const Xapian::Database& db) {
  return db.get_metadata(std::string(kMetaCjk)) == "icu" ? CjkSegmentation::kIcuWords
                                                         : CjkSegmentation::kNgram;
}

bool IsRemote(std::string_view source) { return source.starts_with("tcp://"); }

// Readers understand one document layout. An index written by another
// claimkb (or never committed) is reported as such, with the repair.
Status CheckLayout(const Xapian::Database& shard, const std::string& source) {
  const std::string layout = shard.get_metadata(std::string(kMetaLayout));
  if (layout == kLayoutVersion || shard.get_doccount() == 0) return {};
  return MakeError(ErrorCode::kSchemaMismatch,
                   fmt::format("index {} has layout '{}', this claimkb reads '{}'", source, layout,
                               kLayoutVersion),
                   "run `claimkb reindex` on that database");
}

std::string EpisodeKey(std::int64_t episode_id) {
  return std::string(kMetaEpisodePrefix) + std::to_string(episode_id);
}

std::string SectionKey(std::int64_t episode_id, int section_index) {
  std::string key = std::string(kMetaSectionPrefix) + std::to_string(episode_id) + ":";
  if (section_index >= 0) key += std::to_string(section_index);
  return key;
}

Result<Xapian::Database> OpenSources(const std::vector<std::string>& sources,
                                     std::vector<Xapian::Database>* shards) {
  if (sources.empty()) {
    return MakeError(ErrorCode::kInvalidArgument, "no index to search",
                     "give a database directory or tcp://host:port");
  }
  Xapian::Database combined;
  for (const std::string& source : sources) {
    if (IsRemote(source)) {
      std::string_view rest = std::string_view(source).substr(6);
      std::size_t colon = rest.rfind(':');
      unsigned port = 0;
      std::string_view port_text = colon == std::string_view::npos ? "" : rest.substr(colon + 1);
      auto [ptr, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
      if (colon == 0 || colon == std::string_view::npos || ec != std::errc() ||
          ptr != port_text.data() + port_text.size() || port == 0 || port > 65535) {
        return MakeError(ErrorCode::kInvalidArgument,
                         fmt::format("malformed remote index '{}'", source),
                         "write it as tcp://host:port");
      }
      std::string host(rest.substr(0, colon));
      auto added = Guard(fmt::format("remote index {}", source), [&]() -> Status {
        Xapian::Database shard = Xapian::Remote::open(host, port);
        if (Status layout = CheckLayout(shard, source); !layout) return layout;
        combined.add_database(shard);
        if (shards != nullptr) shards->push_back(shard);
        return {};
      });
      if (!added) {
        // A shard of another layout says so (with its repair); anything
        // else is a shard that did not answer.
        if (added.error().code != ErrorCode::kSchemaMismatch) {
          added.error().code = ErrorCode::kIO;
          added.error().hint =
              "is xapian-tcpsrv running there? drop the source to search without it";
        }
        return std::unexpected(added.error());
      }
      continue;
    }
    std::filesystem::path dir(source);
    std::error_code ec;
    if (std::filesystem::exists(dir / "xapian", ec)) dir /= "xapian";
    if (!std::filesystem::exists(dir, ec)) {
      return MakeError(ErrorCode::kNotFound, fmt::format("no index at '{}'", source),
                       "run `claimkb ingest` or `claimkb reindex` first");
    }
    // "xapian" is a link that a rebuild swaps (ClaimIndex): resolve it once so
    // every file Xapian opens, now and on reopen(), belongs to one index.
    if (std::filesystem::path resolved = std::filesystem::canonical(dir, ec); !ec) {
      dir = resolved;
    }
    auto added = Guard(fmt::format("opening index {}", dir.string()), [&]() -> Status {
      Xapian::Database shard(dir.string());
      if (Status layout = CheckLayout(shard, source); !layout) return layout;
      combined.add_database(shard);
      if (shards != nullptr) shards->push_back(shard);
      return {};
    });
    if (!added) return std::unexpected(added.error());
  }
  return combined;
}

}  // namespace claimkb::xapian_support
