// The cross-language tables shipped in data/crosslang, read as `ask` reads
// them. Expected entries were looked up by hand in ai_terms.tsv and in
// CC-CEDICT.
#include "claimkb/query/term_tables.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <unistd.h>

#include <filesystem>
#include <fstream>

using claimkb::TermTables;

namespace {

const TermTables& Tables() {
  static std::shared_ptr<const TermTables> tables = [] {
    auto loaded = TermTables::Load(TermTables::DefaultDirectory());
    if (!loaded) FAIL(loaded.error().ToString());
    return *loaded;
  }();
  return *tables;
}

bool Has(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

TEST_CASE("characters read as pinyin, a surname by its surname reading", "[crosslang]") {
  // CC-CEDICT: 单 [Shan4] /surname Shan/, [chan2] (单于), [dan1] /single/.
  CHECK(Tables().Pinyin("单", /*as_surname=*/true) == std::vector<std::string>{"shan"});
  CHECK(Tables().Pinyin("单", /*as_surname=*/false) == std::vector<std::string>{"chan", "dan"});
  // 植 has no surname reading: as a surname it reads as itself.
  CHECK(Tables().Pinyin("植", true) == std::vector<std::string>{"zhi"});
  CHECK(Tables().Pinyin("x", false).empty());
}

TEST_CASE("pinyin read back into characters", "[crosslang]") {
  // CC-CEDICT: 张 [Zhang1] /surname Zhang/ and [zhang1] /to open up/...; 长
  // [chang2] and [zhang3], no surname entry; 章 [Zhang1] /surname Zhang/.
  const auto& zhang = Tables().CharactersRead("zhang", /*as_surname=*/true);
  CHECK(Has(zhang, "张"));
  CHECK(Has(zhang, "章"));
  CHECK_FALSE(Has(zhang, "长"));
  CHECK(Has(Tables().CharactersRead("zhang", false), "长"));
  // 鹏's only entry is a proper noun ([Peng2] /Peng, large fabulous bird/),
  // and it writes given names.
  CHECK(Has(Tables().CharactersRead("peng", false), "鹏"));
  CHECK(Tables().Pinyin("鹏", false) == std::vector<std::string>{"peng"});
  CHECK(Tables().IsPinyinSyllable("jiang"));
  CHECK_FALSE(Tables().IsPinyinSyllable("hongjiang"));
  CHECK_FALSE(Tables().IsPinyinSyllable("context"));
  CHECK(Tables().CharactersRead("context", false).empty());
}

TEST_CASE("the AI-term table works in both directions", "[crosslang]") {
  CHECK(Has(Tables().AiChinese("hallucination"), "幻觉"));
  CHECK(Has(Tables().AiEnglish("幻觉"), "hallucination"));
  CHECK(Has(Tables().AiChinese("world model"), "世界模型"));
  CHECK(Has(Tables().AiChinese("inference cost"), "推理成本"));
  CHECK(Has(Tables().AiChinese("compute"), "算力"));
  CHECK(Has(Tables().AiEnglish("智能体"), "agent"));
  CHECK(Has(Tables().AiChinese("generalization"), "泛化"));
  CHECK(Tables().AiChinese("zebra").empty());
  CHECK(Tables().MaxEnglishWords() >= 3);  // "universal basic income".
  // 世界模型 starting at byte 0 of "世界模型很火": 4 characters, 12 bytes.
  CHECK(Tables().LongestAiChinese("世界模型很火", 0) == 12);
  CHECK(Tables().LongestAiChinese("很火", 0) == 0);
}

TEST_CASE("the AI-term table has a few hundred pairs, each checked against CC-CEDICT",
          "[crosslang]") {
  std::ifstream in(TermTables::DefaultDirectory() + "/ai_terms.tsv");
  REQUIRE(in);
  int pairs = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    ++pairs;
    const std::string check = line.substr(line.rfind('\t') + 1);
    INFO(line);
    CHECK((check == "exact" || check == "headword" || check == "absent"));
  }
  CHECK(pairs >= 300);
}

TEST_CASE("CC-CEDICT is the fallback, filtered to exact senses of real words", "[crosslang]") {
  // 教育 has the sense "education"; 相似 "similar; alike".
  CHECK(Has(Tables().CedictChinese("education"), "教育"));
  CHECK(Has(Tables().CedictEnglish("相似"), "similar"));
  // "how terrible!" is cut to its sense.
  CHECK(Has(Tables().CedictEnglish("糟糕"), "terrible"));
  // No single characters: "big" never maps to 大.
  for (const char* word : {"big", "education", "similar", "data", "cheap"}) {
    for (const std::string& chinese : Tables().CedictChinese(word)) {
      INFO(word << " -> " << chinese);
      CHECK(chinese.size() > 3);
    }
  }
  CHECK(Tables().CedictChinese("qwertyuiop").empty());
}

TEST_CASE("English is lemmatised lightly, only into words the tables know", "[crosslang]") {
  CHECK(Tables().Lemma("cheapest") == "cheap");
  CHECK(Tables().Lemma("cheaper") == "cheaper");  // An entry of the AI-term table itself.
  CHECK(Tables().Lemma("evaluations") == "evaluation");
  CHECK(Tables().Lemma("datasets") == "dataset");
  CHECK(Tables().Lemma("better") == "good");
  CHECK(Tables().Lemma("agentic") == "agentic");  // Known as it is.
  CHECK(Tables().Lemma("xyzzies") == "xyzzies");  // Nothing known to reduce to.
  // Verb endings: the stem, the stem + e, one of a doubled consonant, ied → y.
  CHECK(Tables().Lemma("hallucinating") == "hallucinate");  // The AI-term table's word.
  CHECK(Tables().Lemma("replaced") == "replace");
  CHECK(Tables().Lemma("hitting") == "hit");
  CHECK(Tables().Lemma("copied") == "copy");
  CHECK(Tables().Lemma("fooled") == "fool");
  CHECK(Tables().Lemma("running") == "running");  // A CC-CEDICT sense itself.
  CHECK(Tables().Lemma("xyzzing") == "xyzzing");
  // A possessive loses its 's whether or not the noun is known.
  CHECK(Tables().Lemma("agent's") == "agent");
  CHECK(Tables().Lemma("xyzzy's") == "xyzzy");
}

TEST_CASE("function words come from the licensed lists, not the broad one", "[crosslang]") {
  CHECK(Tables().IsFunctionWord("there"));
  CHECK(Tables().IsFunctionWord("now"));
  CHECK(Tables().IsFunctionWord("什么"));
  CHECK(Tables().IsFunctionWord("为什么"));
  // stopwords-iso's English list holds these; they are content here.
  CHECK_FALSE(Tables().IsFunctionWord("ai"));
  CHECK_FALSE(Tables().IsFunctionWord("research"));
  CHECK_FALSE(Tables().IsFunctionWord("system"));
}

TEST_CASE("missing tables are reported by name", "[crosslang]") {
  auto missing = TermTables::Load("/nonexistent/crosslang");
  REQUIRE_FALSE(missing);
  CHECK(missing.error().code == claimkb::ErrorCode::kNotFound);
  CHECK(missing.error().message.find("function_words_en.txt") != std::string::npos);
}

TEST_CASE("a CC-CEDICT table is binary-searched in place, whatever line the search lands on",
          "[crosslang]") {
  // A hand-made table directory: comment lines first, keys in byte order,
  // one key a prefix of the next ("ai" < "ai model" < "aim"), lines of
  // different lengths so the search's midpoints fall inside lines, and no
  // newline after the last line.
  const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("claimkb-term-tables-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto write = [&dir](const char* name, const std::string& text) {
    std::ofstream(dir / name, std::ios::binary) << text;
  };
  std::filesystem::copy_file(TermTables::DefaultDirectory() + "/function_words_en.txt",
                             dir / "function_words_en.txt");
  std::filesystem::copy_file(TermTables::DefaultDirectory() + "/function_words_zh.txt",
                             dir / "function_words_zh.txt");
  write("ai_terms.tsv", "# english\tchinese\tcheck\nworld model\t世界模型\texact\n");
  write("cedict_en_zh.tsv",
        "# first comment\n# second comment, a longer one than the first\n"
        "ai\t人工智能\n"
        "ai model\t模型甲,模型乙\n"
        "aim\t目标\n"
        "education\t教育\n"
        "zebra\t斑马");
  write("cedict_zh_en.tsv", "# only comment\n教育\teducation\n");
  auto loaded = TermTables::Load(dir.string());
  REQUIRE(loaded);
  const TermTables& tables = **loaded;
  CHECK(tables.CedictChinese("ai") == std::vector<std::string>{"人工智能"});
  CHECK(tables.CedictChinese("ai model") == std::vector<std::string>{"模型甲", "模型乙"});
  CHECK(tables.CedictChinese("aim") == std::vector<std::string>{"目标"});
  CHECK(tables.CedictChinese("education") == std::vector<std::string>{"教育"});
  CHECK(tables.CedictChinese("zebra") == std::vector<std::string>{"斑马"});
  // Absent keys before the first, between two, after the last, and a
  // prefix of a key that is not itself a key.
  CHECK(tables.CedictChinese("a").empty());
  CHECK(tables.CedictChinese("ai mo").empty());
  CHECK(tables.CedictChinese("b").empty());
  CHECK(tables.CedictChinese("zzz").empty());
  CHECK(tables.CedictChinese("# first comment").empty());
  CHECK(tables.CedictEnglish("教育") == std::vector<std::string>{"education"});
  CHECK(tables.CedictEnglish("教").empty());
  std::filesystem::remove_all(dir);
}
