# SQLite, utf8proc and ICU for our libraries, linked statically into the
# claimkb executable and as shared libraries everywhere else.
#
# Why: every claimkb command is a short process, and loading a shared
# library costs its mapping and, above all, the relocation of its data,
# page by page. ICU's two libraries are the dearest to load and claimkb uses
# a few of their functions (word breaks, pinyin, charset conversion); linked
# from the archives Debian's -dev packages ship, only those objects come in
# and their addresses are fixed when the executable is linked. `--version`
# and a search with no hits each start 2.5-3.5 ms sooner on a virtual
# machine (docs/decisions.md, "Nineteenth session"). The binary grows by
# ICU's data (about 30 MB, read only where a lookup touches it). Xapian
# stays shared: Debian ships no archive of it.
#
# The choice is made per executable: a target with the property
# CLAIMKB_LINK_STATIC set gets the archives, the test and bench programs the
# shared libraries (so they do not each carry ICU's data). Where an archive
# is missing, every target links the shared library.
find_library(CLAIMKB_SQLITE_ARCHIVE libsqlite3.a)
find_library(CLAIMKB_UTF8PROC_ARCHIVE libutf8proc.a)
find_library(CLAIMKB_ICUI18N_ARCHIVE libicui18n.a)
find_library(CLAIMKB_ICUUC_ARCHIVE libicuuc.a)
find_library(CLAIMKB_ICUDATA_ARCHIVE libicudata.a)

set(claimkb_static_wanted "$<BOOL:$<TARGET_PROPERTY:CLAIMKB_LINK_STATIC>>")

# claimkb_link_choice(NAME SHARED_TARGET ARCHIVE...): an interface target
# NAME that stands for SHARED_TARGET, or for the archives when the linked
# executable asks for them and every archive was found.
function(claimkb_link_choice name shared_target)
  set(archives ${ARGN})
  add_library(${name} INTERFACE)
  target_include_directories(${name} INTERFACE
    $<TARGET_PROPERTY:${shared_target},INTERFACE_INCLUDE_DIRECTORIES>)
  foreach(archive IN LISTS archives)
    if(NOT archive)
      target_link_libraries(${name} INTERFACE ${shared_target})
      return()
    endif()
  endforeach()
  # Archives need what their shared forms would have brought: threads, the
  # dynamic loader's functions and libm.
  set(static_list ${archives} Threads::Threads ${CMAKE_DL_LIBS} m)
  target_link_libraries(${name} INTERFACE
    "$<IF:${claimkb_static_wanted},${static_list},${shared_target}>")
endfunction()

find_package(Threads REQUIRED)
claimkb_link_choice(claimkb_sqlite SQLite::SQLite3 "${CLAIMKB_SQLITE_ARCHIVE}")
claimkb_link_choice(claimkb_utf8proc PkgConfig::UTF8PROC "${CLAIMKB_UTF8PROC_ARCHIVE}")
# Order matters for archives: i18n uses uc, uc uses the data.
claimkb_link_choice(claimkb_icu PkgConfig::ICU "${CLAIMKB_ICUI18N_ARCHIVE}"
                    "${CLAIMKB_ICUUC_ARCHIVE}" "${CLAIMKB_ICUDATA_ARCHIVE}")
