// The claim extractor walks an Episode section by section, turn by turn and
// paragraph by paragraph. Each paragraph is linked once (entity offsets are
// then shared by its claims), cut into claim-sized pieces, and every piece is
// classified by the private helpers: sentence_splitter, stance_classifier,
// modality_classifier, quantity_parser (through benchmark_result_extractor)
// and summary_linker. Context that a speaker leaves implicit (the model a
// turn is about, the benchmark a paragraph is about) is carried forward here.
#include "claimkb/core/claim_extractor.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "benchmark_result_extractor.h"
#include "cue_scanner.h"
#include "modality_classifier.h"
#include "sentence_splitter.h"
#include "stance_classifier.h"
#include "summary_linker.h"
#include "utf8_scan.h"

namespace claimkb {
namespace {

using internal::CueScanner;
using internal::TextSpan;

// Kinds a claim's subject can be: what a claim is "about".
bool IsSubjectKind(EntityKind kind) {
  return kind == EntityKind::kModel || kind == EntityKind::kProduct;
}

// Only models are inherited by claims that name none: a product or hardware
// named in passing ("结合 Chrome", "TPU") is rarely what the next sentence is
// about, while the model under discussion usually is.
bool IsInheritedKind(EntityKind kind) { return kind == EntityKind::kModel; }

// Turn labels that digests use for the editor's own lines ("**加粗要点**：",
// "见解加粗") rather than for a person.
bool IsEditorLabel(std::string_view speaker) {
  static constexpr std::string_view kMarkers[] = {"加粗", "要点",   "摘选",   "编者",
                                                  "总结", "Editor", "editor", "Key point"};
  for (std::string_view marker : kMarkers) {
    if (speaker.find(marker) != std::string_view::npos) return true;
  }
  return false;
}

// Social phrases that assert nothing: a claim made only of these (and
// punctuation) is dropped.
const CueScanner& GreetingScanner() {
  static const CueScanner scanner({
      {"你好", 1},    {"您好", 1},     {"大家好", 1}, {"谢谢", 1},
      {"感谢", 1},    {"多谢", 1},     {"欢迎", 1},   {"好的", 1},
      {"嗯", 1},      {"是的", 1},     {"没错", 1},   {"哈哈", 1},
      {"很高兴", 1},  {"来到这里", 1}, {"邀请", 1},   {"再见", 1},
      {"对", 1},      {"好", 1},       {"大家", 1},   {"收听", 1},
      {"hello", 1},   {"hi", 1},       {"thanks", 1}, {"thank you", 1},
      {"welcome", 1}, {"yeah", 1},     {"yes", 1},    {"ok", 1},
      {"okay", 1},    {"sure", 1},     {"right", 1},  {"great to be here", 1},
      {"bye", 1},     {"everyone", 1},
  });
  return scanner;
}

bool IsTrivial(std::string_view text, int min_chars) {
  if (internal::CountContentChars(text) < min_chars) return true;
  // Remove greetings from the front, one at a time, and see what is left.
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = 0;
    const std::size_t length = internal::DecodeUtf8At(text, pos, &cp);
    if (!internal::IsContentChar(cp)) {
      pos += length;
      continue;
    }
    internal::CueMatch match;
    if (!GreetingScanner().MatchAt(text, pos, &match)) break;
    pos = match.end;
  }
  return internal::CountContentChars(text.substr(pos)) < min_chars;
}

// Whether a claim refers back to something named before: 它, 其, "it".
bool RefersBack(std::string_view text) {
  if (text.find("它") != std::string_view::npos) return true;
  static constexpr std::string_view kOpeners[] = {
      "其",  "该模型", "这个模型",   "此模型",     "这款",  "it ",  "it's",
      "It ", "It's",   "this model", "This model", "they ", "They "};
  for (std::string_view opener : kOpeners) {
    if (text.starts_with(opener)) return true;
  }
  return false;
}

// A plural pronoun for things named before: 它们, 这些模型, "they".
bool RefersToSeveral(std::string_view text) {
  static constexpr std::string_view kPronouns[] = {"它们", "这些模型", "这些产品", " they ",
                                                   " them ", "They "};
  for (std::string_view pronoun : kPronouns) {
    if (text.find(pronoun) != std::string_view::npos) return true;
  }
  return text.starts_with("they ");
}

// Byte ranges of a paragraph's highlights in its plain text.
std::vector<TextSpan> HighlightSpans(const Paragraph& paragraph) {
  std::vector<TextSpan> spans;
  std::size_t from = 0;
  for (const std::string& highlight : paragraph.highlights) {
    if (highlight.empty()) continue;
    std::size_t at = paragraph.plain.find(highlight, from);
    if (at == std::string::npos) at = paragraph.plain.find(highlight);
    if (at == std::string::npos) continue;
    spans.push_back({at, at + highlight.size()});
    from = at + highlight.size();
  }
  return spans;
}

// What a turn has made clear so far, for claims that leave it implicit.
struct TurnContext {
  std::string model_id;  // Last model or product named; empty when none.
  EntityKind model_kind = EntityKind::kModel;
  int model_paragraph = -1;  // Paragraph it was named in.
  bool model_from_title = false;
};

bool IsSentenceEnd(char32_t cp) {
  return cp == U'。' || cp == U'！' || cp == U'？' || cp == U'；' || cp == '.' || cp == '!' ||
         cp == '?' || cp == ';' || cp == U'…';
}

bool IsCloser(char32_t cp) {
  return cp == U'”' || cp == U'’' || cp == U'」' || cp == U'）' || cp == ')' || cp == '"';
}

// Whether the claim ending at `end` and the one starting at `next` (offsets
// in `plain`) belong to one sentence, cut in two at a contrast marker
// ("……，但……"): no terminator ends the first or lies between them.
bool SameSentence(std::string_view plain, std::size_t end, std::size_t next) {
  if (end == 0 || next < end) return false;
  // A sentence may end inside its closing quote or bracket: "……。”".
  std::size_t back = end;
  while (back > 0) {
    char32_t last = 0;
    const std::size_t length = internal::DecodeUtf8Before(plain, back, &last);
    if (IsSentenceEnd(last)) return false;
    if (!IsCloser(last)) break;
    back -= length;
  }
  std::size_t pos = end;
  while (pos < next) {
    char32_t cp = 0;
    pos += internal::DecodeUtf8At(plain, pos, &cp);
    if (IsSentenceEnd(cp)) return false;
  }
  return true;
}

bool StartsWithIgnoringCase(std::string_view text, std::string_view prefix) {
  if (prefix.empty() || text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (internal::AsciiLower(text[i]) != internal::AsciiLower(prefix[i])) return false;
  }
  return true;
}

// Whether the bytes [begin, end) of a paragraph's plain text lie in what
// the reader added to it from the layout.
bool InContext(const Paragraph& paragraph, std::size_t begin, std::size_t end) {
  return std::any_of(
      paragraph.context_spans.begin(), paragraph.context_spans.end(),
      [&](const auto& context) { return begin >= context.first && end <= context.second; });
}

// An entity the claim does not name but takes from its context: no surface,
// marked inferred so that scores and users can tell it from a named one.
EntityMention InferredMention(std::string id, EntityKind kind, Stance stance,
                              MentionRole role = MentionRole::kMentioned) {
  EntityMention mention;
  mention.entity_id = std::move(id);
  mention.kind = kind;
  mention.inferred = true;
  mention.role = role;
  mention.stance = stance;
  return mention;
}

bool HasEntity(const Claim& claim, const std::string& id) {
  return std::any_of(claim.entities.begin(), claim.entities.end(),
                     [&](const EntityMention& entity) { return entity.entity_id == id; });
}

// The model a bare family name ("Gemini") stands for in context: the latest
// model of that family named earlier in the section, preferring one that is
// called by the family's name ("Gemini 3 Pro" over "Nano Banana Pro"). Empty
// when the section named none.
std::string RefineFamily(const Lexicon& lexicon, const std::string& family,
                         const std::vector<std::string>& recent_models) {
  const LexiconEntry* family_entry = lexicon.Find(family);
  if (family_entry == nullptr || !family_entry->parent_id.empty()) return {};
  std::string fallback;
  for (auto it = recent_models.rbegin(); it != recent_models.rend(); ++it) {
    if (*it == family) continue;
    const std::vector<std::string> ancestors = lexicon.Ancestors(*it);
    if (std::find(ancestors.begin(), ancestors.end(), family) == ancestors.end()) continue;
    const LexiconEntry* entry = lexicon.Find(*it);
    if (entry != nullptr && StartsWithIgnoringCase(entry->name, family_entry->name)) return *it;
    if (fallback.empty()) fallback = *it;
  }
  return fallback;
}

void AddTopic(const std::string& topic, std::vector<std::string>* topics) {
  if (topic.empty()) return;
  if (std::find(topics->begin(), topics->end(), topic) == topics->end()) topics->push_back(topic);
}

// Estimates Claim::at_s for the claims of one timed stretch (a turn with its
// own range, else a section), linearly by the characters that precede each
// claim among the stretch's claims.
void EstimateMoments(std::vector<Claim>* claims) {
  std::size_t begin = 0;
  while (begin < claims->size()) {
    const Claim& first = (*claims)[begin];
    std::size_t end = begin + 1;
    while (end < claims->size() && (*claims)[end].section_index == first.section_index &&
           (*claims)[end].start_s == first.start_s && (*claims)[end].end_s == first.end_s) {
      ++end;
    }
    if (first.start_s && first.end_s) {
      long long total = 0;
      for (std::size_t i = begin; i < end; ++i) {
        total += internal::CountCodePoints((*claims)[i].text);
      }
      long long before = 0;
      for (std::size_t i = begin; i < end; ++i) {
        Claim& claim = (*claims)[i];
        const int span = *claim.end_s - *claim.start_s;
        const double fraction = total > 0 ? static_cast<double>(before) / total : 0.0;
        claim.at_s = *claim.start_s + static_cast<int>(std::floor(span * fraction));
        before += internal::CountCodePoints(claim.text);
      }
    }
    begin = end;
  }
}

// Whether `mention` opens `plain` and a colon follows it: a list item's
// label ("Pi：团队极强").
bool Labels(std::string_view plain, const LinkedMention& mention) {
  if (plain.find_first_not_of(' ') != mention.begin) return false;
  std::string_view rest = plain.substr(mention.end);
  while (rest.starts_with(' ')) rest.remove_prefix(1);
  return rest.starts_with(":") || rest.starts_with("：");
}

// Whether a paragraph is a bullet that opens with a bold label and a colon
// ("- **Generalist**：…", "- **Tesla：**…").
bool BoldLabel(const Paragraph& paragraph) {
  if (!paragraph.bullet || paragraph.highlights.empty()) return false;
  std::string_view label = paragraph.highlights.front();
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (const std::string_view end : {" ", ":", "："}) {
      if (label.ends_with(end)) {
        label.remove_suffix(end.size());
        trimmed = true;
      }
    }
  }
  std::string_view plain = paragraph.plain;
  const std::size_t start = plain.find_first_not_of(' ');
  if (label.empty() || start == std::string_view::npos) return false;
  plain.remove_prefix(start);
  if (!plain.starts_with(label)) return false;
  plain.remove_prefix(label.size());
  while (plain.starts_with(' ')) plain.remove_prefix(1);
  return plain.starts_with(":") || plain.starts_with("：");
}

}  // namespace

ClaimExtractor::ClaimExtractor(std::shared_ptr<const EntityLinker> linker, ExtractorOptions options)
    : linker_(std::move(linker)), options_(options) {}

std::vector<Claim> ClaimExtractor::Extract(const Episode& episode) const {
  std::vector<Claim> claims;
  if (!linker_) return claims;
  const Lexicon& lexicon = linker_->lexicon();
  const std::shared_ptr<const StanceModel> stance_model = options_.stance_rules_only ? nullptr
                                                          : options_.stance_model
                                                              ? options_.stance_model
                                                              : StanceModel::Default();
  internal::SplitterOptions splitter;
  splitter.min_half_chars = options_.min_contrast_half_chars;

  // Every paragraph is linked first, so that a bound name ("K2", "Opus")
  // can be confirmed by its family or maker named anywhere in the episode.
  std::vector<std::vector<LinkedMention>> paragraph_mentions;
  {
    std::vector<std::pair<std::size_t, LinkedMention>> pending;  // Paragraph, mention.
    std::vector<const Paragraph*> paragraphs;  // In the order of paragraph_mentions.
    std::vector<LinkedMention> waiting;
    for (const Section& section : episode.sections) {
      if (section.kind == SectionKind::kOther) continue;
      for (const Turn& turn : section.turns) {
        for (const Paragraph& paragraph : turn.paragraphs) {
          paragraphs.push_back(&paragraph);
          waiting.clear();
          paragraph_mentions.push_back(linker_->Link(paragraph.plain, &waiting));
          for (auto& mention : waiting) {
            pending.emplace_back(paragraph_mentions.size() - 1, std::move(mention));
          }
        }
      }
    }
    if (!pending.empty()) {
      std::unordered_set<std::string> named;
      auto add_named = [&](const std::vector<LinkedMention>& mentions) {
        linker_->AddConfirmingIds(mentions, &named);
      };
      add_named(linker_->Link(episode.title));
      for (const Section& section : episode.sections) {
        if (section.kind != SectionKind::kOther) add_named(linker_->Link(section.title));
      }
      for (const auto& mentions : paragraph_mentions) add_named(mentions);
      // A bound name that labels a bullet ("- **Sunday**：…") and has
      // nothing to anchor it stands when its list, the run of bullets of one
      // depth that open with a bold label, has a company or product label
      // of its own ("- **Google**：…"): the list enumerates companies.
      auto in_company_list = [&](std::size_t index) {
        if (!BoldLabel(*paragraphs[index])) return false;
        const int depth = paragraphs[index]->depth;
        auto company_label = [&](std::size_t p) {
          return std::any_of(
              paragraph_mentions[p].begin(), paragraph_mentions[p].end(),
              [&](const LinkedMention& m) {
                return (m.kind == EntityKind::kOrg || m.kind == EntityKind::kProduct) &&
                       Labels(paragraphs[p]->plain, m);
              });
        };
        for (std::size_t p = index;
             p > 0 && BoldLabel(*paragraphs[p - 1]) && paragraphs[p - 1]->depth == depth; --p) {
          if (company_label(p - 1)) return true;
        }
        for (std::size_t p = index + 1;
             p < paragraphs.size() && BoldLabel(*paragraphs[p]) && paragraphs[p]->depth == depth;
             ++p) {
          if (company_label(p)) return true;
        }
        return false;
      };
      std::vector<std::size_t> touched;
      for (auto& [index, mention] : pending) {
        const bool listed = mention.anchors.empty() && Labels(paragraphs[index]->plain, mention) &&
                            in_company_list(index);
        if (!listed && !EntityLinker::Confirms(mention, named)) continue;
        mention.anchors.clear();
        paragraph_mentions[index].push_back(std::move(mention));
        touched.push_back(index);
      }
      for (const std::size_t index : touched) {
        std::sort(paragraph_mentions[index].begin(), paragraph_mentions[index].end(),
                  [](const LinkedMention& a, const LinkedMention& b) { return a.begin < b.begin; });
      }
    }
  }
  // A name the file gives a person (a speaker, a listed guest, a label it
  // says is someone: "Tina 就是唐语桐") is no new model or benchmark, though
  // the grammar or a benchmark cue would mint it ("#评测 Tina").
  {
    std::unordered_set<std::string> people;
    auto add_person = [&](const std::string& name) {
      if (!name.empty()) people.insert(NormalizeForMatching(name));
    };
    for (const std::string& name : episode.Speakers()) add_person(name);
    for (const std::string& name : episode.listed_speakers) add_person(name);
    for (const std::string& name : episode.hosts) add_person(name);
    for (const std::string& name : episode.person_labels) add_person(name);
    add_person(episode.author);
    for (std::vector<LinkedMention>& mentions : paragraph_mentions) {
      std::erase_if(mentions, [&](const LinkedMention& mention) {
        return mention.is_new && people.contains(NormalizeForMatching(mention.surface));
      });
    }
  }
  std::size_t paragraph_counter = 0;

  for (std::size_t s = 0; s < episode.sections.size(); ++s) {
    const Section& section = episode.sections[s];
    if (section.kind == SectionKind::kOther) continue;
    TurnContext title_context;
    std::vector<std::string> title_topics;
    for (const LinkedMention& mention : linker_->Link(section.title)) {
      if (mention.kind == EntityKind::kTopic) {
        AddTopic(mention.entity_id, &title_topics);
      } else if (IsInheritedKind(mention.kind) && title_context.model_id.empty()) {
        title_context = {mention.entity_id, mention.kind, -1, true};
      }
    }
    // The model the nearest earlier turn of this section named last: what a
    // turn that names none is about ("Coding 之争" after a turn on Gemini 3).
    TurnContext section_context;
    std::vector<std::string> section_models;  // Models named so far, in order.

    for (std::size_t t = 0; t < section.turns.size(); ++t) {
      const Turn& turn = section.turns[t];
      // Unnamed words are the editor's, unless the file shows them spoken (a
      // raw transcript's lines): then they are nobody's.
      // A summary's words are the editor's, but for a passage the file gives
      // as said under a name (a highlight's "Transcript:").
      const bool turn_by_editor = (section.kind == SectionKind::kSummary && !turn.spoken) ||
                                  (turn.speaker.empty() && !turn.spoken) ||
                                  IsEditorLabel(turn.speaker);
      const std::optional<TimeRange> turn_range = turn.range ? turn.range : section.range;
      TurnContext context = title_context;
      bool turn_named_model = false;

      for (std::size_t p = 0; p < turn.paragraphs.size(); ++p) {
        const Paragraph& paragraph = turn.paragraphs[p];
        const std::string_view plain = paragraph.plain;
        // A paragraph that names its own moment, or the person it reports.
        const std::optional<TimeRange> range = paragraph.range ? paragraph.range : turn_range;
        const bool paragraph_reported = !paragraph.reported_speaker.empty();
        // Whether a piece lies in the reported person's part of the paragraph.
        auto reported_at = [&](const TextSpan& span) {
          return paragraph_reported && span.end > paragraph.reported_begin &&
                 (paragraph.reported_end == 0 || span.begin < paragraph.reported_end);
        };
        const std::vector<LinkedMention>& mentions = paragraph_mentions[paragraph_counter++];
        const std::vector<TextSpan> highlights = HighlightSpans(paragraph);
        std::string paragraph_benchmark;      // Last benchmark named in this paragraph.
        std::optional<std::size_t> previous;  // Index of this paragraph's last claim.
        const bool caveat_frame = internal::IsCaveatFrame(section.title, plain);

        const std::vector<TextSpan> spans = internal::SplitIntoClaims(plain, splitter);
        // The linker returns mentions sorted by offset and never overlapping,
        // so each piece finds its own by binary search: scanning them all
        // for every piece made a long paragraph quadratic (issue 11).
        auto first_mention_from = [&mentions](std::size_t offset) {
          return std::lower_bound(
              mentions.begin(), mentions.end(), offset,
              [](const LinkedMention& mention, std::size_t at) { return mention.begin < at; });
        };
        // For each piece, the first model a later piece of the same
        // sentence names (index into `mentions`), or kNone: "X 并非最高，但
        // Gemini 已非常接近" is about Gemini.
        constexpr std::size_t kNone = static_cast<std::size_t>(-1);
        std::vector<std::size_t> later_model(spans.size(), kNone);
        for (std::size_t next = spans.size(); next-- > 1;) {
          if (!SameSentence(plain, spans[next - 1].end, spans[next].begin)) continue;
          std::size_t found = later_model[next];
          for (auto it = first_mention_from(spans[next].begin);
               it != mentions.end() && it->begin < spans[next].end; ++it) {
            if (it->end <= spans[next].end && IsInheritedKind(it->kind)) {
              found = static_cast<std::size_t>(it - mentions.begin());
              break;
            }
          }
          later_model[next - 1] = found;
        }
        for (std::size_t k = 0; k < spans.size(); ++k) {
          const TextSpan& span = spans[k];
          const std::string_view text = plain.substr(span.begin, span.end - span.begin);
          if (IsTrivial(text, options_.min_claim_chars)) continue;

          Claim claim;
          claim.text = std::string(text);
          const bool reported = reported_at(span);
          const bool by_editor = turn_by_editor && !reported;
          claim.by_editor = by_editor;
          if (!by_editor) claim.speaker = reported ? paragraph.reported_speaker : turn.speaker;
          claim.section_index = static_cast<int>(s);
          claim.turn_index = static_cast<int>(t);
          claim.paragraph_index = static_cast<int>(p);
          claim.line =
              paragraph.line > 0 ? paragraph.line : (turn.line > 0 ? turn.line : section.line);
          claim.span_begin = static_cast<int>(span.begin);
          claim.span_end = static_cast<int>(span.end);
          if (range) {
            claim.start_s = range->start_s;
            claim.end_s = range->end_s;
          }
          for (const TextSpan& highlight : highlights) {
            if (highlight.begin < span.end && span.begin < highlight.end) claim.highlighted = true;
          }

          // Mentions inside this claim, with offsets relative to its text.
          std::vector<LinkedMention> inside;
          for (auto it = first_mention_from(span.begin);
               it != mentions.end() && it->begin < span.end; ++it) {
            const LinkedMention& mention = *it;
            if (mention.end <= span.end) {
              LinkedMention relative = mention;
              relative.begin -= span.begin;
              relative.end -= span.begin;
              inside.push_back(std::move(relative));
            }
          }
          std::vector<LinkedMention> named;  // Everything but topic cues.
          for (LinkedMention& mention : inside) {
            if (mention.kind == EntityKind::kTopic) {
              AddTopic(mention.entity_id, &claim.topics);
            } else {
              named.push_back(mention);
            }
          }

          std::vector<internal::StanceTarget> targets;
          targets.reserve(named.size());
          for (const LinkedMention& mention : named)
            targets.push_back({mention.begin, mention.end, mention.kind == EntityKind::kPerson});
          claim.modality = reported ? Modality::kReported : internal::ClassifyModality(text);
          internal::StanceContext stance_context;
          stance_context.modality = claim.modality;
          stance_context.topics = claim.topics;  // The topic cues named in the claim.
          stance_context.model = stance_model.get();
          stance_context.caveat_frame = caveat_frame;
          const internal::StanceResult stance =
              internal::ClassifyStance(text, targets, stance_context);
          claim.stance = stance.overall;

          // Entities, one per id, with their role: the first model or product
          // before the predicate (or on the subject side of a comparison) is
          // the subject, the compared side are objects.
          bool has_subject = false;
          for (std::size_t i = 0; i < named.size(); ++i) {
            const LinkedMention& mention = named[i];
            MentionRole role = MentionRole::kMentioned;
            if (stance.sides[i] == internal::ComparativeSide::kObject) {
              role = MentionRole::kObject;
            } else if (!has_subject && IsSubjectKind(mention.kind) &&
                       (stance.sides[i] == internal::ComparativeSide::kSubject ||
                        mention.begin < stance.predicate_begin)) {
              role = MentionRole::kSubject;
              has_subject = true;
            }
            auto existing = std::find_if(
                claim.entities.begin(), claim.entities.end(),
                [&](const EntityMention& entity) { return entity.entity_id == mention.entity_id; });
            if (existing != claim.entities.end()) {
              if (existing->role == MentionRole::kMentioned) existing->role = role;
              if (existing->inferred && existing->surface.empty() &&
                  !InContext(paragraph, span.begin + mention.begin, span.begin + mention.end)) {
                existing->inferred = false;  // Also written in the row's own cells.
                existing->surface = mention.surface;
              }
              continue;
            }
            EntityMention entity;
            entity.entity_id = mention.entity_id;
            entity.kind = mention.kind;
            entity.surface = mention.surface;
            entity.confidence = mention.confidence;
            entity.role = role;
            entity.stance = stance.per_target[i];
            // A name the reader added from the layout (a table's column) is
            // context the claim does not write.
            if (InContext(paragraph, span.begin + mention.begin, span.begin + mention.end)) {
              entity.inferred = true;
              entity.surface.clear();
            }
            claim.entities.push_back(std::move(entity));
            if (const LexiconEntry* entry = lexicon.Find(mention.entity_id)) {
              for (const std::string& topic : entry->topics) AddTopic(topic, &claim.topics);
            }
          }

          // A bare family name ("Gemini") stands for the family's model that
          // the section is discussing ("Gemini 3 Pro").
          const std::size_t named_entities = claim.entities.size();
          for (std::size_t i = 0; i < named_entities; ++i) {
            const EntityMention& family = claim.entities[i];
            if (family.kind != EntityKind::kModel) continue;
            const std::string specific = RefineFamily(lexicon, family.entity_id, section_models);
            if (specific.empty() || HasEntity(claim, specific)) continue;
            claim.entities.push_back(InferredMention(specific, EntityKind::kModel, family.stance));
          }

          // An unnamed subject: the model the turn was last about; when the
          // turn has named none, the section's (its title's, else the nearest
          // earlier turn's). A claim about benchmark scores that names models
          // only as the reference ("最高是 Claude") is about that model too.
          const bool names_subject =
              std::any_of(named.begin(), named.end(),
                          [](const LinkedMention& mention) { return IsSubjectKind(mention.kind); });
          const bool names_benchmark = std::any_of(
              named.begin(), named.end(),
              [](const LinkedMention& mention) { return mention.kind == EntityKind::kBenchmark; });
          const bool lacks_subject = !names_subject || (names_benchmark && !has_subject);
          // The rest of the sentence, when a contrast split it, names the
          // model first: "X 并非最高，但 Gemini 已非常接近" is about Gemini.
          TurnContext sentence_context;
          if (later_model[k] != kNone) {
            const LinkedMention& mention = mentions[later_model[k]];
            std::string id = RefineFamily(lexicon, mention.entity_id, section_models);
            if (id.empty()) id = mention.entity_id;
            sentence_context = {id, mention.kind, static_cast<int>(p), false};
          }
          const TurnContext& inherit_from =
              !sentence_context.model_id.empty()                           ? sentence_context
              : !context.model_id.empty() || turn_named_model || by_editor ? context
                                                                           : section_context;
          const bool near = &inherit_from == &section_context || inherit_from.model_from_title ||
                            RefersBack(text) ||
                            static_cast<int>(p) - inherit_from.model_paragraph <=
                                options_.inherit_within_paragraphs;
          bool inherited_subject = false;
          if (lacks_subject && !inherit_from.model_id.empty() && near &&
              !HasEntity(claim, inherit_from.model_id)) {
            inherited_subject = !has_subject;
            claim.entities.push_back(
                InferredMention(inherit_from.model_id, inherit_from.model_kind, claim.stance,
                                has_subject ? MentionRole::kMentioned : MentionRole::kSubject));
          }
          // "你何时愿意让 Claude/Codex 做员工工作？今天不做，因为它们 just don't
          // work": a plural pronoun stands for every model and product the
          // paragraph's previous claim named, when this claim names none.
          // Only the previous claim of the same paragraph (one turn), so the
          // referent is the one a reader sees.
          if (!names_subject && previous && RefersToSeveral(text)) {
            for (const EntityMention& entity : claims[*previous].entities) {
              if (entity.inferred || !IsSubjectKind(entity.kind) ||
                  HasEntity(claim, entity.entity_id)) {
                continue;
              }
              claim.entities.push_back(InferredMention(entity.entity_id, entity.kind, claim.stance));
            }
          }

          // Benchmark results, with the paragraph's benchmark as context.
          std::vector<internal::NamedEntity> for_results;
          std::string default_model;
          for (const LinkedMention& mention : named) {
            for_results.push_back({mention.begin, mention.end, mention.entity_id, mention.kind});
          }
          // A score goes to a subject the claim only inherits when the claim
          // points back to it ("它在 HLE 上 40%", "It scores 61%"): without
          // a pronoun, a model-less number is the field's ("HLE 被卷到 40%",
          // "最高的都八十多了", "大部分模型都是个位数"), not the model of the
          // line before.
          const bool points_back = RefersBack(text);
          for (const EntityMention& entity : claim.entities) {
            if (entity.role == MentionRole::kSubject && entity.kind == EntityKind::kModel &&
                (!entity.inferred || points_back)) {
              default_model = entity.entity_id;
              break;
            }
          }
          internal::ResultContext result_context{
              default_model, names_benchmark ? std::string() : paragraph_benchmark};
          claim.results = internal::ExtractBenchmarkResults(text, for_results, result_context);
          if (!names_benchmark && !paragraph_benchmark.empty() && !claim.results.empty()) {
            claim.entities.push_back(
                InferredMention(paragraph_benchmark, EntityKind::kBenchmark, claim.stance));
            if (const LexiconEntry* entry = lexicon.Find(paragraph_benchmark)) {
              for (const std::string& topic : entry->topics) AddTopic(topic, &claim.topics);
            }
          }

          // Carry the context forward: the claim's subject if it is a model,
          // else the first model it names, unless the claim was about the
          // inherited model and named the others only in passing. A family
          // name carries the model it stood for.
          const EntityMention* carried = nullptr;
          for (const EntityMention& entity : claim.entities) {
            if (entity.inferred || !IsInheritedKind(entity.kind)) continue;
            if (inherited_subject && entity.role != MentionRole::kSubject) continue;
            if (carried == nullptr || entity.role == MentionRole::kSubject) carried = &entity;
            if (entity.role == MentionRole::kSubject) break;
          }
          for (const EntityMention& entity : claim.entities) {
            if (!entity.inferred && IsInheritedKind(entity.kind)) {
              // Each model once, at the place it was last named: RefineFamily
              // looks for the latest, and a list of every mention grew with
              // the section (quadratic on a hostile one).
              std::erase(section_models, entity.entity_id);
              section_models.push_back(entity.entity_id);
            }
          }
          if (carried != nullptr) {
            std::string carried_id = RefineFamily(lexicon, carried->entity_id, section_models);
            if (carried_id.empty()) carried_id = carried->entity_id;
            context = {carried_id, carried->kind, static_cast<int>(p), false};
            turn_named_model = true;
          }

          // Topics a claim leaves implicit: the other half of its contrast
          // ("能跑出 demo，但有小 bug"), else the section title's.
          if (claim.topics.empty() && previous) {
            const Claim& before = claims[*previous];
            if (SameSentence(plain, static_cast<std::size_t>(before.span_end), span.begin)) {
              claim.topics = before.topics;
            }
          }
          if (claim.topics.empty()) claim.topics = title_topics;
          for (const LinkedMention& mention : named) {
            if (mention.kind == EntityKind::kBenchmark) paragraph_benchmark = mention.entity_id;
          }
          claims.push_back(std::move(claim));
          previous = claims.size() - 1;
        }
      }
      if (turn_named_model) section_context = {context.model_id, context.model_kind, -1, false};
    }
  }

  for (std::size_t i = 0; i < claims.size(); ++i) claims[i].ordinal = static_cast<int>(i);
  EstimateMoments(&claims);
  internal::SummaryLinkOptions link_options;
  link_options.min_overlap = options_.summary_min_overlap;
  link_options.min_overlap_without_entity = options_.summary_min_overlap_without_entity;
  internal::LinkSummaries(&claims, link_options);
  return claims;
}

}  // namespace claimkb
