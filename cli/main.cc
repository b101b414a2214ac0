// Entry point: builds the command table and maps errors to exit codes once.
#include <CLI/CLI.hpp>

int main(int argc, char** argv) {
  CLI::App app{"claimkb: a knowledge base of claims from AI podcast digests"};
  app.require_subcommand(1);
  CLI11_PARSE(app, argc, argv);
  return 0;
}
