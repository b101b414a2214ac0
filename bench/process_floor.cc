// The least a search through Xapian can cost as a whole process on this
// machine (issue 12's bars are whole processes): a program that links
// libxapian and nothing of claimkb, opens the index, parses the query with
// the flags claimkb's parser uses and fetches one page of 20 documents. No
// lexicon, no store, no snippets, no output formatting. bench/process_floor.py
// times it beside `claimkb search` on the same queries.
//
//   process_floor                 load and relocate libxapian, then exit
//   process_floor INDEX QUERY     one search; prints the estimated count
#include <xapian.h>

#include <cstdio>

int main(int argc, char** argv) {
  if (argc < 3) return 0;
  try {
    Xapian::Database db(argv[1]);
    Xapian::Enquire enquire(db);
    Xapian::QueryParser parser;
    parser.set_database(db);
    // As indexer/src/xapian_support.cc's Stemmer() and QueryParserFlags(kNgram),
    // written out so that this program links no claimkb library.
    parser.set_stemmer(Xapian::Stem("en"));
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser.set_default_op(Xapian::Query::OP_AND);
    const unsigned flags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                           Xapian::QueryParser::FLAG_WILDCARD | Xapian::QueryParser::FLAG_LOVEHATE |
                           Xapian::QueryParser::FLAG_CJK_NGRAM;
    enquire.set_query(parser.parse_query(argv[2], flags));
    const Xapian::MSet page = enquire.get_mset(0, 20);
    std::size_t bytes = 0;
    for (auto it = page.begin(); it != page.end(); ++it)
      bytes += it.get_document().get_data().size();
    std::printf("%u matches, %zu bytes of document data in the page\n",
                page.get_matches_estimated(), bytes);
  } catch (const Xapian::Error& e) {
    // Xapian 1.4.22's parser rejects a few mixed queries; the time to reject
    // is still a process's time, and the caller counts these apart.
    std::printf("error: %s\n", e.get_msg().c_str());
    return 3;
  }
  return 0;
}
