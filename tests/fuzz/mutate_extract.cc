// Robustness check, not part of CTest: feeds mutated digests through the
// parser and the claim extractor (built with sanitizers by run.sh) and fails
// on any crash, sanitizer report, or broken invariant. Mutations keep the
// shape of real digests (they start from real files) while breaking bytes,
// UTF-8 sequences, brackets, timestamps and line structure.
//
//   mutate_extract SEED ITERATIONS FILE...
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "claimkb/core/claim_extractor.h"
#include "claimkb/core/digest_parser.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"

namespace {

std::string ReadFile(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Pieces that stress the parser's and extractor's special cases.
const std::vector<std::string> kFragments = {"（00:20:31 - 00:22:29）",
                                             "(1:02:03–1:05:00)",
                                             "25:99:99",
                                             "**",
                                             "==",
                                             "：",
                                             "\n- ",
                                             "\n### ",
                                             "\n## 全文\n",
                                             "\n——\n",
                                             "**田博士**（00:31:47 - 00:33:56）：\n",
                                             "但",
                                             "不如",
                                             "三十几",
                                             "十几（或个位数）",
                                             "2~3 倍",
                                             "Gen3",
                                             "ARK AGI2",
                                             "\xE4\xB8",
                                             "\xFF",
                                             "\r\n",
                                             "\xEF\xBB\xBF",
                                             "（",
                                             "）",
                                             "[",
                                             "](",
                                             "`",
                                             "\n---\n",
                                             "GPT-5.0",
                                             "。",
                                             "！？",
                                             "     ",
                                             // Transcript formats (WebVTT, SRT, JSON).
                                             " --> ",
                                             "\n00:00:01,000 --> 00:00:02.5\n",
                                             "<v Ana>",
                                             "</v>",
                                             "<c.x>",
                                             "<00:00:01.000>",
                                             "&amp;",
                                             "&#x4E2D;",
                                             "\n\n",
                                             "\nNOTE\n",
                                             "[Ana] ",
                                             ">> Bo: ",
                                             "\"segments\": [",
                                             "{\"startTime\": 1e308, \"endTime\": -1}",
                                             "\"body\": ",
                                             "\\\"",
                                             "}",
                                             "]"};

std::string Mutate(std::string text, std::mt19937& rng) {
  std::uniform_int_distribution<int> kinds(0, 5);
  const int edits = 1 + static_cast<int>(rng() % 8);
  for (int e = 0; e < edits && !text.empty(); ++e) {
    std::size_t at = rng() % text.size();
    switch (kinds(rng)) {
      case 0:
        text[at] = static_cast<char>(rng() & 0xFF);
        break;  // Flip a byte.
      case 1:
        text.erase(at, 1 + rng() % 16);
        break;  // Cut a run.
      case 2:
        text.insert(at, kFragments[rng() % kFragments.size()]);
        break;
      case 3: {  // Duplicate a run.
        std::string run = text.substr(at, 1 + rng() % 64);
        text.insert(rng() % text.size(), run);
        break;
      }
      case 4:
        text.resize(at);
        break;   // Truncate.
      case 5: {  // Swap two lines.
        std::size_t a = text.find('\n', at);
        std::size_t b = a == std::string::npos ? a : text.find('\n', a + 1);
        if (b != std::string::npos) std::swap(text[a + 1], text[b - 1]);
        break;
      }
    }
  }
  return text;
}

bool CheckInvariants(const claimkb::Episode& episode, const std::vector<claimkb::Claim>& claims,
                     std::string* why) {
  for (const claimkb::Section& section : episode.sections) {
    for (const claimkb::Turn& turn : section.turns) {
      if (turn.range && turn.range->end_s < turn.range->start_s) {
        return *why = "turn range backwards", false;
      }
      for (const claimkb::Paragraph& paragraph : turn.paragraphs) {
        if (paragraph.line < 1 || paragraph.line > episode.line_count) {
          return *why = "paragraph line out of range", false;
        }
      }
    }
  }
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const claimkb::Claim& c = claims[i];
    if (c.ordinal != static_cast<int>(i)) return *why = "ordinals out of order", false;
    if (c.line < 1 || c.line > episode.line_count) return *why = "line out of range", false;
    if (c.text.empty()) return *why = "empty claim text", false;
    if (c.span_begin < 0 || c.span_end < c.span_begin) return *why = "bad span", false;
    if (c.start_s && c.end_s && *c.end_s < *c.start_s) return *why = "range backwards", false;
    if (c.at_s && c.start_s && c.end_s && (*c.at_s < *c.start_s || *c.at_s > *c.end_s)) {
      return *why = "at_s outside its range", false;
    }
    for (int target : c.summarises) {
      if (target < 0 || target >= static_cast<int>(claims.size())) {
        return *why = "summarises points nowhere", false;
      }
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: mutate_extract SEED ITERATIONS FILE...\n";
    return 2;
  }
  std::mt19937 rng(static_cast<unsigned>(std::stoul(argv[1])));
  const long iterations = std::stol(argv[2]);
  std::vector<std::string> inputs;
  for (int i = 3; i < argc; ++i) inputs.push_back(ReadFile(argv[i]));
  auto lexicon = claimkb::Lexicon::LoadDefault();
  if (!lexicon) {
    std::cerr << lexicon.error().ToString() << '\n';
    return 1;
  }
  auto linker = std::make_shared<const claimkb::EntityLinker>(*lexicon);
  claimkb::ClaimExtractor extractor(linker);
  long parsed = 0;
  for (long n = 0; n < iterations; ++n) {
    std::string text = Mutate(inputs[rng() % inputs.size()], rng);
    auto episode = claimkb::ParseDigest(text, "fuzz.md");
    if (!episode) continue;
    ++parsed;
    std::vector<claimkb::Claim> claims = extractor.Extract(*episode);
    std::string why;
    if (!CheckInvariants(*episode, claims, &why)) {
      std::ofstream("fuzz-failure.md", std::ios::binary) << text;
      std::cerr << "invariant broken (" << why << "), input saved to fuzz-failure.md\n";
      return 1;
    }
  }
  std::cout << iterations << " inputs, " << parsed << " parsed and extracted, no failures\n";
  return 0;
}
