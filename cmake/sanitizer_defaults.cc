// Default options of the sanitizer build (-DCLAIMKB_SANITIZE=ON), compiled
// into every executable so tests, scripts and a hand-run binary behave alike
// without anyone setting ASAN_OPTIONS.
//
// new_delete_type_mismatch is off for one reason: Debian 12's libxapian
// (1.4.22) frees an object through a base pointer of another size inside
// Xapian::Database::check, which `claimkb check` calls. That is Xapian's
// fault, not ours, and every other check stays on, leaks included.
extern "C" const char* __asan_default_options() {
  return "new_delete_type_mismatch=0:abort_on_error=0:strict_string_checks=1";
}

extern "C" const char* __ubsan_default_options() {
  return "print_stacktrace=1:halt_on_error=1";
}
