#include "../../core/src/speaker_key.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "claimkb/core/digest_parser.h"

namespace claimkb {
namespace {

std::vector<std::string> Pairs(std::string_view line) {
  std::vector<std::string> out;
  for (const internal::SpeakerKeyPair& pair : internal::FindSpeakerKeyPairs(line)) {
    out.push_back(pair.label + "=" + pair.name);
  }
  return out;
}

TEST_CASE("a line that names a speech-to-text tool's numbered speakers", "[parser][speakers]") {
  CHECK(Pairs("说明：发言人1 是主播韩路，发言人2 是罗敏。") ==
        std::vector<std::string>{"发言人1=韩路", "发言人2=罗敏"});
  CHECK(Pairs("Speaker 1 = Ada Brooks; Speaker 2 is the guest Tim Ng") ==
        std::vector<std::string>{"Speaker 1=Ada Brooks", "Speaker 2=Tim Ng"});
  CHECK(Pairs("（说话人1：韩路（主持）、说话人2：罗敏）") ==
        std::vector<std::string>{"说话人1=韩路", "说话人2=罗敏"});
  // A turn's label reads as one pair ("大家好" could be a name): which is why
  // the parser takes a line as a key only with two pairs or a listed name.
  CHECK(Pairs("发言人1：大家好，欢迎收听这一期节目。") ==
        std::vector<std::string>{"发言人1=大家好"});
  // No number, no pair; a name of five characters is none.
  CHECK(Pairs("发言人是韩路") == std::vector<std::string>{});
  CHECK(Pairs("发言人1 是韩路老师好") == std::vector<std::string>{});
}

TEST_CASE("the numbered turns are the people the key names, the key line is no claim",
          "[parser][speakers]") {
  const Episode e = ParseDigest(
                        "# 第 5 期\n"
                        "\n"
                        "说明：发言人1 是主播韩路，发言人2 是罗敏。\n"
                        "\n"
                        "发言人1 00:00:05\n"
                        "欢迎收听。\n"
                        "\n"
                        "发言人2 00:00:12\n"
                        "谢谢邀请。\n"
                        "\n"
                        "发言人1 00:01:00\n"
                        "我们开始吧。\n"
                        "\n"
                        "发言人3 00:01:30\n"
                        "我没有名字。\n"
                        "\n"
                        "发言人2：大家好\n",
                        "key.md")
                        .value();
  std::vector<std::string> got;
  for (const Section& section : e.sections) {
    for (const Turn& turn : section.turns) {
      for (const Paragraph& p : turn.paragraphs) {
        got.push_back(std::to_string(p.line) + "|" + turn.speaker);
      }
    }
  }
  // The last line is a turn with one label, no key.
  CHECK(got == std::vector<std::string>{"6|韩路", "9|罗敏", "12|韩路", "15|发言人3", "17|罗敏"});
}

}  // namespace
}  // namespace claimkb
