#include "claimkb/query/benchmark_tracking.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "claimkb/query/citation.h"

namespace claimkb {
namespace {

constexpr char kEvaluationTopic[] = "evaluation";

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string SpeakerOf(const StoredClaim& claim) {
  return claim.claim.by_editor ? "editor" : claim.speaker_name;
}

void Count(std::vector<Tally>* tallies, const std::string& name) {
  auto it = std::find_if(tallies->begin(), tallies->end(),
                         [&](const Tally& tally) { return tally.name == name; });
  if (it == tallies->end()) {
    tallies->push_back({name, 1});
  } else {
    ++it->claims;
  }
}

void MostFirst(std::vector<Tally>* tallies) {
  std::stable_sort(tallies->begin(), tallies->end(),
                   [](const Tally& a, const Tally& b) { return a.claims > b.claims; });
}

std::string NameOf(const Lexicon& lexicon, const std::string& id) {
  const LexiconEntry* entry = lexicon.Find(id);
  return entry != nullptr ? entry->name : id;
}

Result<std::vector<std::string>> Resolve(const EntityLinker& linker, const std::string& name,
                                         EntityKind kind) {
  if (name.empty()) return std::vector<std::string>{};
  const Lexicon& lexicon = linker.lexicon();
  std::string id = lexicon.Find(Lower(name)) != nullptr ? Lower(name) : linker.Resolve(name);
  const LexiconEntry* entry = id.empty() ? nullptr : lexicon.Find(id);
  if (entry == nullptr || entry->kind != kind) {
    return MakeError(ErrorCode::kInvalidArgument,
                     fmt::format("no {} called \"{}\" in the lexicon", EntityKindName(kind), name),
                     "`claimkb entities --kind " + std::string(EntityKindName(kind)) +
                         "` lists the known ones");
  }
  return lexicon.Descendants(id);
}

// A claim's order on the timeline: episode date, episode, moment, ordinal.
auto TimelineKey(const std::string& date, const std::string& slug, std::optional<int> second,
                 const std::string& claim_id) {
  return std::make_tuple(date.empty() ? std::string("9999") : date, slug, second.value_or(-1),
                         claim_id);
}

}  // namespace

Result<std::vector<BenchmarkTrack>> TrackBenchmarks(const std::vector<const Store*>& stores,
                                                    const EntityLinker& linker,
                                                    const BenchmarkTrackQuery& query) {
  const Lexicon& lexicon = linker.lexicon();
  auto wanted_benchmarks = Resolve(linker, query.benchmark, EntityKind::kBenchmark);
  if (!wanted_benchmarks) return std::unexpected(wanted_benchmarks.error());
  auto wanted_models = Resolve(linker, query.model, EntityKind::kModel);
  if (!wanted_models) return std::unexpected(wanted_models.error());
  auto wanted = [](const std::vector<std::string>& ids, const std::string& id) {
    return ids.empty() || std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  const bool general = query.benchmark.empty();

  std::map<std::string, BenchmarkTrack> tracks;
  for (const Store* store : stores) {
    // The sources of one episode (digest, structured dialogue, transcript)
    // and its summary often state one result each: it is one result.
    auto episodes = store->ListEpisodes();
    if (!episodes) return std::unexpected(episodes.error());
    std::map<std::string, std::string> group_of;  // Source slug → the episode's first slug.
    for (const EpisodeRecord& episode : *episodes) {
      for (const std::string& slug : episode.source_slugs) group_of[slug] = episode.slug;
      group_of.emplace(episode.slug, episode.slug);
    }
    ClaimFilter filter;
    filter.benchmark_ids = *wanted_benchmarks;
    filter.since = query.since;
    filter.until = query.until;
    if (query.only_with_model) filter.entity_ids = *wanted_models;
    // Every benchmark: the claims that can join a track, not every claim.
    if (filter.benchmark_ids.empty()) filter.any_benchmark_or_topic = std::string(kEvaluationTopic);
    auto claims = store->QueryClaims(filter);
    if (!claims) return std::unexpected(claims.error());
    for (const StoredClaim& stored : *claims) {
      const Claim& claim = stored.claim;
      // The benchmarks the claim names (not ones inherited from its turn)
      // and the ones it states a number for.
      std::set<std::string> benchmarks;
      std::vector<std::string> models;
      for (const EntityMention& mention : claim.entities) {
        if (mention.inferred) continue;
        if (mention.kind == EntityKind::kBenchmark) benchmarks.insert(mention.entity_id);
        if (mention.kind == EntityKind::kModel &&
            std::find(models.begin(), models.end(), mention.entity_id) == models.end()) {
          models.push_back(mention.entity_id);
        }
      }
      for (const BenchmarkResult& result : claim.results) benchmarks.insert(result.benchmark_id);
      const bool evaluation =
          std::find(claim.topics.begin(), claim.topics.end(), kEvaluationTopic) != claim.topics.end();
      if (benchmarks.empty() && general && evaluation) benchmarks.insert(kBenchmarksInGeneral);

      for (const std::string& benchmark : benchmarks) {
        if (benchmark != kBenchmarksInGeneral && !wanted(*wanted_benchmarks, benchmark)) continue;
        BenchmarkTrack& track = tracks[benchmark];
        if (track.benchmark_id.empty()) {
          track.benchmark_id = benchmark;
          track.name = benchmark == kBenchmarksInGeneral ? "Benchmarks in general"
                                                         : NameOf(lexicon, benchmark);
        }
        ++track.claim_count;
        Count(&track.speakers, SpeakerOf(stored));
        Count(&track.episodes, stored.episode_slug);
        for (const std::string& model : models) Count(&track.models, NameOf(lexicon, model));
        const std::optional<int> second = CitationSecond(claim);
        track.mentions.push_back({stored.id, SpeakerOf(stored), stored.episode_slug,
                                  stored.episode_date, second, claim.text});

        bool states_result = false;
        for (const BenchmarkResult& result : claim.results) {
          if (result.benchmark_id != benchmark) continue;
          states_result = true;
          if (!wanted(*wanted_models, result.model_id)) continue;
          StatedResult out;
          out.model_id = result.model_id;
          // The start of a change with no model of its own was the score
          // before the model the claim is about (benchmark_result_extractor.h).
          const bool before = result.qualifier == "before" || result.qualifier == "alternative";
          out.model_name = !result.model_id.empty() ? NameOf(lexicon, result.model_id)
                           : before               ? "(previous model)"
                                                  : "(model not named)";
          if (const LexiconEntry* entry = lexicon.Find(result.model_id)) {
            out.model_version = entry->version;
          }
          out.low = result.low;
          out.high = result.high;
          out.unit = result.unit;
          out.stated = result.surface;
          out.setting = result.qualifier;
          out.episode_key = group_of.count(stored.episode_slug) ? group_of[stored.episode_slug]
                                                                : stored.episode_slug;
          out.claim_id = stored.id;
          out.speaker = SpeakerOf(stored);
          out.episode_slug = stored.episode_slug;
          out.episode_title = stored.episode_title;
          out.episode_date = stored.episode_date;
          out.second = second;
          out.link = TimestampLink(stored.episode_url, second);
          track.results.push_back(std::move(out));
        }
        // The stance toward the benchmark itself: a claim that states a score
        // judges the model, not the benchmark; one about the benchmark with
        // no score ("公榜未必反映产品实际能力") judges the benchmark.
        if (states_result) continue;
        Stance stance = claim.stance;
        for (const EntityMention& mention : claim.entities) {
          if (mention.entity_id == benchmark) stance = mention.stance;
        }
        if (stance == Stance::kNeutral) continue;
        (stance == Stance::kPositive   ? track.positive
         : stance == Stance::kNegative ? track.negative
                                       : track.mixed)++;
        track.stance_claims.push_back(
            {stored.id, SpeakerOf(stored), stored.episode_date, stance, claim.text});
      }
    }
  }

  std::vector<BenchmarkTrack> out;
  for (auto& [id, track] : tracks) {
    // One result per (episode, model, value, setting): the speaker's own
    // statement is kept over the editor's summary of it, the others are
    // listed as restating it.
    std::vector<StatedResult> unique;
    for (StatedResult& result : track.results) {
      auto same = std::find_if(unique.begin(), unique.end(), [&](const StatedResult& kept) {
        return kept.episode_key == result.episode_key && kept.model_id == result.model_id &&
               kept.low == result.low && kept.high == result.high && kept.unit == result.unit &&
               kept.setting == result.setting;
      });
      if (same == unique.end()) {
        unique.push_back(std::move(result));
      } else if (same->speaker == "editor" && result.speaker != "editor") {
        result.also_stated_in.push_back(same->claim_id);
        for (std::string& other : same->also_stated_in) result.also_stated_in.push_back(other);
        *same = std::move(result);
      } else {
        same->also_stated_in.push_back(result.claim_id);
      }
    }
    track.results = std::move(unique);
    MostFirst(&track.speakers);
    MostFirst(&track.models);
    std::map<std::string, std::string> date_of;
    for (const BenchmarkMention& mention : track.mentions) {
      date_of[mention.episode_slug] = mention.episode_date;
    }
    std::stable_sort(track.episodes.begin(), track.episodes.end(),
                     [&](const Tally& a, const Tally& b) {
                       return TimelineKey(date_of[a.name], a.name, {}, "") <
                              TimelineKey(date_of[b.name], b.name, {}, "");
                     });
    std::stable_sort(track.results.begin(), track.results.end(),
                     [](const StatedResult& a, const StatedResult& b) {
                       return TimelineKey(a.episode_date, a.episode_slug, a.second, a.claim_id) <
                              TimelineKey(b.episode_date, b.episode_slug, b.second, b.claim_id);
                     });
    std::stable_sort(track.mentions.begin(), track.mentions.end(),
                     [](const BenchmarkMention& a, const BenchmarkMention& b) {
                       return TimelineKey(a.episode_date, a.episode_slug, a.second, a.claim_id) <
                              TimelineKey(b.episode_date, b.episode_slug, b.second, b.claim_id);
                     });
    std::stable_sort(track.stance_claims.begin(), track.stance_claims.end(),
                     [](const BenchmarkStanceClaim& a, const BenchmarkStanceClaim& b) {
                       return a.episode_date < b.episode_date;
                     });
    out.push_back(std::move(track));
  }
  // Most discussed first; benchmarks in general last, as a footnote.
  std::stable_sort(out.begin(), out.end(), [](const BenchmarkTrack& a, const BenchmarkTrack& b) {
    const bool ga = a.benchmark_id == kBenchmarksInGeneral;
    const bool gb = b.benchmark_id == kBenchmarksInGeneral;
    if (ga != gb) return gb;
    return a.claim_count > b.claim_count;
  });
  return out;
}

namespace {

std::string Escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // XML 1.0 forbids most control characters even escaped.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') break;
        out += c;
    }
  }
  return out;
}

std::string Number(double value) { return fmt::format("{:g}", value); }

std::string ValueText(const StatedResult& result) {
  return (result.low == result.high ? Number(result.low)
                                    : Number(result.low) + "–" + Number(result.high)) +
         result.unit;
}

constexpr const char* kPalette[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd",
                                    "#ff7f0e", "#8c564b", "#e377c2", "#17becf"};

}  // namespace

std::string TimelineSvg(const BenchmarkTrack& track) {
  constexpr double kWidth = 760, kHeight = 420;
  constexpr double kLeft = 60, kRight = 200, kTop = 50, kBottom = 70;
  const double plot_w = kWidth - kLeft - kRight, plot_h = kHeight - kTop - kBottom;

  // Columns: one per dated episode (undated last), in timeline order.
  std::vector<std::string> columns;
  for (const StatedResult& result : track.results) {
    const std::string column = (result.episode_date.empty() ? "undated" : result.episode_date) +
                               " " + result.episode_slug;
    if (std::find(columns.begin(), columns.end(), column) == columns.end()) {
      columns.push_back(column);
    }
  }
  double top = 0;
  for (const StatedResult& result : track.results) top = std::max(top, result.high);
  // A round ceiling: 100 for percentages that fit, else the next 10.
  const bool percent = std::all_of(track.results.begin(), track.results.end(),
                                   [](const StatedResult& r) { return r.unit == "%" || r.unit.empty(); });
  double ceiling = percent && top <= 100 ? 100 : std::max(10.0, std::ceil(top / 10) * 10);
  if (percent && top <= 50) ceiling = std::max(10.0, std::ceil(top * 1.2 / 10) * 10);
  auto y_of = [&](double value) { return kTop + plot_h * (1 - value / ceiling); };

  std::vector<std::string> models;
  for (const StatedResult& result : track.results) {
    if (std::find(models.begin(), models.end(), result.model_name) == models.end()) {
      models.push_back(result.model_name);
    }
  }
  auto colour = [&](const std::string& model) {
    auto at = std::find(models.begin(), models.end(), model) - models.begin();
    return kPalette[static_cast<std::size_t>(at) % std::size(kPalette)];
  };

  std::string svg = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" font-family=\"sans-serif\" font-size=\"12\">\n"
      "<title>{2} — stated results over time</title>\n"
      "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
      "<text x=\"{3}\" y=\"24\" font-size=\"16\" font-weight=\"bold\">{2}</text>\n",
      kWidth, kHeight, Escape(track.name), kLeft);
  // Axes and grid.
  // Five steps: the ceiling is a multiple of 10, so every tick is whole.
  for (int tick = 0; tick <= 5; ++tick) {
    const double value = ceiling * tick / 5;
    const double y = y_of(value);
    svg += fmt::format(
        "<line x1=\"{0}\" y1=\"{1:.1f}\" x2=\"{2}\" y2=\"{1:.1f}\" stroke=\"#ddd\"/>\n"
        "<text x=\"{3}\" y=\"{4:.1f}\" text-anchor=\"end\">{5}</text>\n",
        kLeft, y, kLeft + plot_w, kLeft - 6, y + 4, Number(value));
  }
  svg += fmt::format(
      "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"black\"/>\n"
      "<line x1=\"{0}\" y1=\"{2}\" x2=\"{3}\" y2=\"{2}\" stroke=\"black\"/>\n",
      kLeft, kTop, kTop + plot_h, kLeft + plot_w);
  if (track.results.empty()) {
    svg += fmt::format("<text x=\"{}\" y=\"{}\">No results stated.</text>\n", kLeft + 10,
                       kTop + plot_h / 2);
  }
  const double column_w = columns.empty() ? plot_w : plot_w / columns.size();
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const double x = kLeft + column_w * (c + 0.5);
    const std::string date = columns[c].substr(0, columns[c].find(' '));
    svg += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", x,
                       kTop + plot_h + 18, Escape(date));
  }
  // Results: a bar over the stated range, a dot at an exact value, side by
  // side within their episode's column.
  std::map<std::string, int> placed;
  std::map<std::string, int> per_column;
  for (const StatedResult& result : track.results) {
    per_column[(result.episode_date.empty() ? "undated" : result.episode_date) + " " +
               result.episode_slug]++;
  }
  for (const StatedResult& result : track.results) {
    const std::string column = (result.episode_date.empty() ? "undated" : result.episode_date) +
                               " " + result.episode_slug;
    const std::size_t c = std::find(columns.begin(), columns.end(), column) - columns.begin();
    const int n = per_column[column];
    const int i = placed[column]++;
    const double x = kLeft + column_w * c + column_w * (i + 1) / (n + 1);
    const char* fill = colour(result.model_name);
    const std::string tip = fmt::format("{} {} ({}) — {}, {}, claim {}", result.model_name,
                                        ValueText(result), result.stated, result.speaker,
                                        result.episode_date, result.claim_id) +
                            (result.setting.empty() ? "" : "; " + result.setting);
    svg += "<g>\n<title>" + Escape(tip) + "</title>\n";
    if (result.low == result.high) {
      svg += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"5\" fill=\"{}\"/>\n", x,
                         y_of(result.low), fill);
    } else {
      const double y_high = y_of(result.high), y_low = y_of(result.low);
      svg += fmt::format(
          "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"10\" height=\"{:.1f}\" fill=\"{}\" "
          "fill-opacity=\"{}\"/>\n",
          x - 5, y_high, std::max(1.0, y_low - y_high), fill,
          result.setting.find("alternative") != std::string::npos ? "0.35" : "0.8");
    }
    svg += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"10\">{}</text>\n</g>\n", x + 8,
                       y_of(result.high) + 4, Escape(ValueText(result)));
  }
  // Legend: one colour per model.
  for (std::size_t m = 0; m < models.size(); ++m) {
    const double y = kTop + 10 + 18 * m;
    svg += fmt::format(
        "<rect x=\"{0}\" y=\"{1:.1f}\" width=\"10\" height=\"10\" fill=\"{2}\"/>\n"
        "<text x=\"{3}\" y=\"{4:.1f}\">{5}</text>\n",
        kLeft + plot_w + 16, y, kPalette[m % std::size(kPalette)], kLeft + plot_w + 32, y + 9,
        Escape(models[m]));
  }
  svg += "</svg>\n";
  return svg;
}

}  // namespace claimkb
