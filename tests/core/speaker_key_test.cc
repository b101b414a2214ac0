#include "../../core/src/speaker_key.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

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
  // An English name with the Chinese one after a space is one name.
  CHECK(Pairs("自注：Speaker 2 是 Ruby 沈若冰，做评测的") ==
        std::vector<std::string>{"Speaker 2=Ruby 沈若冰"});
  CHECK(Pairs("Speaker 2 is Ruby Chen, our guest") ==
        std::vector<std::string>{"Speaker 2=Ruby Chen"});
}

TEST_CASE("a line that says who a turn label of any kind is", "[parser][speakers]") {
  using internal::FindNameForLabel;
  CHECK(FindNameForLabel("Tina 就是唐语桐，之前在大厂", "Tina") == "唐语桐");
  CHECK(FindNameForLabel("阿澄 = 主持人林澄。", "阿澄") == "林澄");
  // A colon opens the label's words; a description is no name; a label
  // inside a longer word is not the label.
  CHECK(FindNameForLabel("Tina：唐语桐说得对", "Tina") == std::nullopt);
  CHECK(FindNameForLabel("Tina 是某大模型公司的评测负责人", "Tina") == std::nullopt);
  CHECK(FindNameForLabel("ProTina is Ada Brooks", "Tina") == std::nullopt);
}

}  // namespace
}  // namespace claimkb
