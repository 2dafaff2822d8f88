/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

#include "fw-error.h"

G_BEGIN_DECLS

/*
 * A shared library opened on first use instead of linked.
 *
 * Every start of framewright-cli used to map and relocate libgit2, libxml2, Pango, Cairo and
 * libxlsxwriter with the fifty-odd libraries under them (TLS, SSH, ICU, fonts, X11 ...), for
 * the few commands that need one of them: that linking was most of the 14 ms that
 * `framewright-cli --version` took, where a program linking only GLib and json-glib starts
 * in 1.4 ms. The modules that use such a library (history, HTML page import, workbooks,
 * PDF and print) call fw_lazy_library_load() at their entry points, which opens it once per
 * process and looks up the functions they call.
 *
 * A module lists the functions once, as an X-macro, and routes its calls through the
 * pointers with one #define per function (the preprocessor cannot write those for us):
 *
 *   #define FW_FOO_FUNCTIONS(X) X (foo_open) X (foo_close)
 *   FW_FOO_FUNCTIONS (FW_LAZY_STATIC)
 *   static const FwLazySymbol foo_symbols[] = { FW_FOO_FUNCTIONS (FW_LAZY_SYMBOL) };
 *   static FwLazyLibrary foo_library = FW_LAZY_LIBRARY_INIT (FW_LIBFOO_SONAME, foo_symbols);
 *   #define foo_open (*fw_lazy_foo_open)
 *   #define foo_close (*fw_lazy_foo_close)
 *
 * The sonames come from meson (config.h), which reads them from the libraries built against.
 */

typedef struct
{
  const char *name;    /* as the library exports it */
  gpointer   *address; /* where the pointer to it goes */
} FwLazySymbol;

typedef struct
{
  const char         *soname;
  const FwLazySymbol *symbols;
  gsize               n_symbols;
  /*< private >*/
  gsize               loaded;
  GError             *error;
} FwLazyLibrary;

#define FW_LAZY_LIBRARY_INIT(soname, symbols) \
  { (soname), (symbols), G_N_ELEMENTS (symbols), 0, NULL }

/* For X-macro lists of function names: a pointer of the function's own type, named
 * fw_lazy_NAME (file-local, defined for other files, or declared), and its table entry. */
#define FW_LAZY_STATIC(name) static __typeof__ (name) *fw_lazy_##name;
#define FW_LAZY_DEFINE(name) __typeof__ (name) *fw_lazy_##name;
#define FW_LAZY_EXTERN(name) extern __typeof__ (name) *fw_lazy_##name;
#define FW_LAZY_SYMBOL(name) { #name, (gpointer *) &fw_lazy_##name },

/**
 * fw_lazy_library_load:
 * @library: the library and the symbols to look up
 * @error: (nullable): return location for a #GError
 *
 * Opens @library and fills in the pointers of its symbols, the first time it is called for
 * @library in the process (safe from any thread); later calls return the same result at once.
 * The library stays open for the life of the process, as a linked one would.
 *
 * Returns: %TRUE when every symbol was found; %FALSE with @error set (%FW_ERROR_IO, naming the
 *   library and what is missing) when the library cannot be opened or lacks a symbol, in which
 *   case every pointer is left %NULL
 */
gboolean fw_lazy_library_load (FwLazyLibrary  *library,
                               GError        **error);

G_END_DECLS
