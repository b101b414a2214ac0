#include "command.h"

namespace claimkb::cli {

// Each Register* lives in the cmd_<name>.cc file of its command.
void RegisterIngest(CLI::App&, const GlobalOptions&, Action*);
void RegisterEpisodes(CLI::App&, const GlobalOptions&, Action*);
void RegisterShow(CLI::App&, const GlobalOptions&, Action*);
void RegisterSpeakers(CLI::App&, const GlobalOptions&, Action*);
void RegisterDemo(CLI::App&, const GlobalOptions&, Action*);
void RegisterClaims(CLI::App&, const GlobalOptions&, Action*);
void RegisterEntities(CLI::App&, const GlobalOptions&, Action*);
void RegisterLexicon(CLI::App&, const GlobalOptions&, Action*);
void RegisterReextract(CLI::App&, const GlobalOptions&, Action*);
void RegisterReindex(CLI::App&, const GlobalOptions&, Action*);
void RegisterCheck(CLI::App&, const GlobalOptions&, Action*);
void RegisterAsk(CLI::App&, const GlobalOptions&, Action*);
void RegisterSearch(CLI::App&, const GlobalOptions&, Action*);
void RegisterResults(CLI::App&, const GlobalOptions&, Action*);
void RegisterBenchmarks(CLI::App&, const GlobalOptions&, Action*);
void RegisterCite(CLI::App&, const GlobalOptions&, Action*);
void RegisterContradictions(CLI::App&, const GlobalOptions&, Action*);
void RegisterAgree(CLI::App&, const GlobalOptions&, Action*);
void RegisterRelated(CLI::App&, const GlobalOptions&, Action*);
void RegisterGraph(CLI::App&, const GlobalOptions&, Action*);
void RegisterHelp(CLI::App&, const GlobalOptions&, Action*);

const std::vector<CommandEntry>& CommandTable() {
  static const std::vector<CommandEntry> table = {
      {"ingest", RegisterIngest},       {"episodes", RegisterEpisodes},
      {"show", RegisterShow},           {"speakers", RegisterSpeakers},
      {"search", RegisterSearch},       {"ask", RegisterAsk},
      {"claims", RegisterClaims},       {"benchmarks", RegisterBenchmarks},
      {"results", RegisterResults},
      {"cite", RegisterCite},           {"entities", RegisterEntities},
      {"contradictions", RegisterContradictions}, {"agree", RegisterAgree},
      {"related", RegisterRelated},     {"graph", RegisterGraph},
      {"lexicon", RegisterLexicon},
      {"reextract", RegisterReextract}, {"reindex", RegisterReindex},
      {"check", RegisterCheck},         {"demo", RegisterDemo},
      {"help", RegisterHelp},
  };

  return table;
}

CLI::Option* AddCountOption(CLI::App* command, const std::string& name, int* value,
                            const std::string& help) {
  return command->add_option(name, *value, help)->check(CLI::NonNegativeNumber)->type_name("N");
}

void AddFormatOption(CLI::App* command, OutputFormat* format,
                     const std::vector<OutputFormat>& allowed) {
  std::map<std::string, OutputFormat> names;
  std::string list;
  for (OutputFormat candidate : allowed) {
    names[OutputFormatName(candidate)] = candidate;
    if (!list.empty()) list += "|";
    list += OutputFormatName(candidate);
  }
  command->add_option("--format", *format, "Output format: " + list)
      ->transform(CLI::CheckedTransformer(names, CLI::ignore_case))
      ->type_name("FORMAT");
}

}  // namespace claimkb::cli
