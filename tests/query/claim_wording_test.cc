// What a citation says a claim said: the whole sentence when the claim is
// half of a contrast, labelled verbatim only for transcripts, translated
// when its script differs from the episode title's.
#include "claimkb/query/claim_wording.h"

#include <catch2/catch.hpp>

namespace {

using claimkb::ContrastSentence;

// The claim's byte range in `paragraph`, found by its text.
std::string Widened(const std::string& paragraph, const std::string& claim) {
  const std::size_t begin = paragraph.find(claim);
  REQUIRE(begin != std::string::npos);
  return ContrastSentence(paragraph, begin, begin + claim.size());
}

// One paragraph in one turn in one section, the claim spanning `claim` in it.
struct OneParagraph {
  claimkb::Episode episode;
  claimkb::StoredClaim stored;
};

OneParagraph Make(const std::string& title, const std::string& path, const std::string& plain,
                  const std::string& claim_text, bool spoken = false) {
  OneParagraph out;
  out.episode.title = title;
  out.episode.path = path;
  claimkb::Paragraph paragraph;
  paragraph.plain = plain;
  claimkb::Turn turn;
  turn.spoken = spoken;
  turn.paragraphs.push_back(paragraph);
  claimkb::Section section;
  section.turns.push_back(turn);
  out.episode.sections.push_back(section);
  out.stored.claim.text = claim_text;
  const std::size_t begin = plain.find(claim_text);
  REQUIRE(begin != std::string::npos);
  out.stored.claim.span_begin = static_cast<int>(begin);
  out.stored.claim.span_end = static_cast<int>(begin + claim_text.size());
  return out;
}

}  // namespace

TEST_CASE("either half of a contrast is cited with the other", "[wording]") {
  const std::string zh = "开场白。Gemini 3 Pro 的进步是实打实的，但稳定性仍有保留。下一句。";
  CHECK(Widened(zh, "Gemini 3 Pro 的进步是实打实的") ==
        "Gemini 3 Pro 的进步是实打实的，但稳定性仍有保留。");
  CHECK(Widened(zh, "但稳定性仍有保留。") == "Gemini 3 Pro 的进步是实打实的，但稳定性仍有保留。");
  const std::string en = "I'd push back. GPT-5 at 74.9 looks close, but the failures differ. Next.";
  CHECK(Widened(en, "GPT-5 at 74.9 looks close") ==
        "GPT-5 at 74.9 looks close, but the failures differ.");
  CHECK(Widened(en, "but the failures differ.") ==
        "GPT-5 at 74.9 looks close, but the failures differ.");
}

TEST_CASE("a claim that is a whole sentence stays as it is", "[wording]") {
  // A new sentence that opens with "But" was never cut from the one before.
  const std::string text = "It is strong at math. But it struggles with long prompts.";
  CHECK(Widened(text, "It is strong at math.") == "It is strong at math.");
  CHECK(Widened(text, "But it struggles with long prompts.") ==
        "But it struggles with long prompts.");
  // No pause before the marker: one assertion, not split ("更快但偶尔").
  CHECK(Widened("它更快但偶尔会改错文件。", "它更快但偶尔会改错文件。") ==
        "它更快但偶尔会改错文件。");
  // "butter" is no "but".
  CHECK(Widened("Toast is fine, butter is better.", "Toast is fine") == "Toast is fine");
}

TEST_CASE("mostly Chinese: CJK ideographs against Latin words", "[wording]") {
  CHECK(claimkb::MostlyCjk("推理价格还会继续下降吗"));
  // 2 ideographs (来, 了) against 2 Latin words (Gemini, Pro): a tie is Chinese.
  CHECK(claimkb::MostlyCjk("Gemini 3 Pro 来了"));
  // 1 ideograph against 3 words.
  CHECK_FALSE(claimkb::MostlyCjk("Gemini 3 Pro is 好"));
  CHECK_FALSE(claimkb::MostlyCjk("Frontier Bench Weekly #7"));
  CHECK_FALSE(claimkb::MostlyCjk("2025"));
}

TEST_CASE("digest wording is paraphrase, transcripts are verbatim", "[wording]") {
  const std::string plain = "它在多模态上进步很大，但代码还不稳。";
  auto digest = Make("模型观察室 第12期", "notes/panel.md", plain, "它在多模态上进步很大");
  auto wording = claimkb::WordingOf(digest.stored, digest.episode);
  CHECK(wording.text == "它在多模态上进步很大，但代码还不稳。");
  CHECK(wording.widened);
  CHECK_FALSE(wording.verbatim);
  CHECK_FALSE(wording.translated);

  for (const char* path : {"talk.vtt", "talk.SRT", "talk.json"}) {
    auto transcript = Make("Episode", path, "Thanks for having me.", "Thanks for having me.");
    auto spoken = claimkb::WordingOf(transcript.stored, transcript.episode);
    CHECK(spoken.verbatim);
    CHECK_FALSE(spoken.widened);
  }
  // A raw "[hh:mm:ss]" transcript inside a Markdown file: its unnamed lines
  // are marked spoken.
  auto raw = Make("Episode", "raw.md", "We shipped it.", "We shipped it.", /*spoken=*/true);
  CHECK(claimkb::WordingOf(raw.stored, raw.episode).verbatim);
}

TEST_CASE("a Chinese digest of an English episode is a translation", "[wording]") {
  auto translated = Make("Gemini 3 Pro launch livestream", "live.md", "视觉推理提升明显。",
                         "视觉推理提升明显。");
  CHECK(claimkb::WordingOf(translated.stored, translated.episode).translated);
  auto same = Make("Gemini 3 直播回顾与评测", "live.md", "视觉推理提升明显。", "视觉推理提升明显。");
  CHECK_FALSE(claimkb::WordingOf(same.stored, same.episode).translated);
  // A transcript is the words as spoken, in the language spoken.
  auto spoken = Make("Gemini 3 Pro launch", "live.vtt", "视觉推理提升明显。", "视觉推理提升明显。");
  CHECK_FALSE(claimkb::WordingOf(spoken.stored, spoken.episode).translated);
}

TEST_CASE("a span that no longer holds the claim is not widened", "[wording]") {
  auto stale = Make("T", "a.md", "甲很强，但乙更强。", "甲很强");
  stale.stored.claim.text = "别的文字";
  auto wording = claimkb::WordingOf(stale.stored, stale.episode);
  CHECK(wording.text == "别的文字");
  CHECK_FALSE(wording.widened);
}
