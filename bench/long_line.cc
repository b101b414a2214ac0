// Hostile input: one digest whose transcript is a single line of 1, 2, 4 and
// 8 MB, parsed and extracted in memory. Work must grow linearly with the
// line (the issue measured 0.9 s, 5.5 s, 25 s for 0.5, 1, 2 MB before the
// fix), and what one line can produce must stay bounded.
//
// Usage:  long_line [shape] [sizes_mb...]      defaults: all shapes, 1 2 4 8
//
// Shapes (each a realistic sentence repeated, so every stage has work):
//   prose      mixed Chinese/English sentences with terminators and results
//   nostop     the same words with commas and contrast markers but no
//              sentence terminator: one sentence of the whole line
//   results    benchmark results only ("X scores 45% on ARC-AGI-2, ...")
//
// Prints one row per shape and size: bytes, seconds for parse and extract,
// microseconds per KB, claims and benchmark results produced. The last
// column ("x") is the per-KB cost relative to the shape's smallest size:
// about 1 for linear work, about 2 per doubling for quadratic work.
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_support.h"
#include "claimkb/core/claim_extractor.h"
#include "claimkb/core/digest_parser.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"

namespace {

struct Shape {
  const char* name;
  const char* unit;  // Repeated until the line has the wanted size.
};

constexpr Shape kShapes[] = {
    {"prose",
     "Gemini 3 Pro 在 ARC-AGI-2 上大约是 31%，但是 Deep Think 能到 45%。"
     "I think Claude Sonnet 4.5 at 77.2% on SWE-bench Verified is close to saturation. "},
    {"nostop",
     "Gemini 3 Pro 在 ARC-AGI-2 上大约是 31%，但是 Deep Think 能到 45%，"
     "and Claude Sonnet 4.5 at 77.2 on SWE-bench Verified, but GPT-5 is close, "},
    {"results", "GPT-5 scores 74.9% on SWE-bench Verified, Gemini 3 Pro 31% on ARC-AGI-2, "},
};

std::string Digest(const Shape& shape, std::size_t line_bytes) {
  std::string text =
      "# Hostile line\n\n## Cover\n- Title: One very long line\n"
      "- Link: https://www.youtube.com/watch?v=claimkbLongLine\n- Published: 2025-12-01\n"
      "- Speakers: Host\n\n## Transcript\n\n### Part one (0:00:00–0:10:00)\nHost: ";
  const std::string_view unit = shape.unit;
  std::string line;
  line.reserve(line_bytes + unit.size());
  while (line.size() + unit.size() <= line_bytes) line += unit;
  return text + line + "\n";
}

double Seconds(std::chrono::steady_clock::duration d) {
  return std::chrono::duration<double>(d).count();
}

}  // namespace

int main(int argc, char** argv) {
  bench::program_name = "long_line";
  std::vector<const Shape*> shapes;
  std::vector<double> sizes_mb;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    bool named = false;
    for (const Shape& shape : kShapes) {
      if (arg == shape.name) {
        shapes.push_back(&shape);
        named = true;
      }
    }
    if (named) continue;
    char* end = nullptr;
    const double mb = std::strtod(arg.c_str(), &end);
    if (end == arg.c_str() || *end != '\0' || mb <= 0 || mb > 8) {
      bench::Die(fmt::format("'{}' is neither a shape nor a size in MB (0 < size <= 8)", arg));
    }
    sizes_mb.push_back(mb);
  }
  if (shapes.empty()) {
    for (const Shape& shape : kShapes) shapes.push_back(&shape);
  }
  if (sizes_mb.empty()) sizes_mb = {1, 2, 4, 8};

  auto lexicon = bench::Check(claimkb::Lexicon::LoadDefault(), "loading the lexicon");
  auto linker = std::make_shared<const claimkb::EntityLinker>(lexicon);
  claimkb::ClaimExtractor extractor(linker);
  claimkb::ParseOptions parse_options;
  parse_options.max_bytes = 9u << 20;  // 8 MB of line plus the header.

  fmt::print("{:<8} {:>10} {:>9} {:>9} {:>9} {:>8} {:>8} {:>6}\n", "shape", "bytes", "parse_s",
             "extract_s", "us/KB", "claims", "results", "x");
  for (const Shape* shape : shapes) {
    double first_per_kb = 0;
    for (double mb : sizes_mb) {
      const std::string digest = Digest(*shape, static_cast<std::size_t>(mb * 1000 * 1000));
      const auto t0 = std::chrono::steady_clock::now();
      auto episode = bench::Check(claimkb::ParseDigest(digest, "long-line.md", parse_options),
                                  "parsing the digest");
      const auto t1 = std::chrono::steady_clock::now();
      std::vector<claimkb::Claim> claims = extractor.Extract(episode);
      const auto t2 = std::chrono::steady_clock::now();
      std::size_t results = 0;
      for (const claimkb::Claim& claim : claims) results += claim.results.size();
      const double total = Seconds(t2 - t0);
      const double per_kb = total * 1e6 / (static_cast<double>(digest.size()) / 1000);
      if (first_per_kb == 0) first_per_kb = per_kb;
      fmt::print("{:<8} {:>10} {:>9.3f} {:>9.3f} {:>9.1f} {:>8} {:>8} {:>6.2f}\n", shape->name,
                 digest.size(), Seconds(t1 - t0), Seconds(t2 - t1), per_kb, claims.size(), results,
                 per_kb / first_per_kb);
      std::fflush(stdout);
    }
  }
  return 0;
}
