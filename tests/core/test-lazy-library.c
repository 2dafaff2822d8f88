/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <math.h>

#include "fw-lazy-library.h"

/* libm is a library every test program has: cos and sqrt are looked up in it. */
#define LIBM_SONAME "libm.so.6"

typedef double (*MathFunc) (double);

/* The message names the program, as the command line's errors do, then what failed. */
static void
assert_error (const GError *error,
              const char   *expected)
{
  g_autofree char *prefix = g_strdup_printf ("%s: error: %s", g_get_prgname (), expected);

  g_assert_error (error, FW_ERROR, FW_ERROR_IO);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("expected a message starting with \"%s\", got \"%s\"", prefix, error->message);
}

static void
test_success (void)
{
  static MathFunc cosine;
  static MathFunc root;
  static const FwLazySymbol symbols[] = {
    { "cos", (gpointer *) &cosine },
    { "sqrt", (gpointer *) &root },
  };
  static FwLazyLibrary library = FW_LAZY_LIBRARY_INIT (LIBM_SONAME, symbols);
  g_autoptr(GError) error = NULL;

  g_assert_true (fw_lazy_library_load (&library, &error));
  g_assert_no_error (error);
  g_assert_nonnull (cosine);
  g_assert_nonnull (root);
  g_assert_cmpfloat (cosine (0.0), ==, 1.0);
  g_assert_cmpfloat (root (16.0), ==, 4.0);

  /* The second call reuses the result: it looks nothing up again. */
  cosine = NULL;
  g_assert_true (fw_lazy_library_load (&library, NULL));
  g_assert_null (cosine);
  g_assert_true (fw_lazy_library_load (&library, &error));
  g_assert_no_error (error);
}

static void
test_missing_library (void)
{
  static MathFunc cosine;
  static const FwLazySymbol symbols[] = { { "cos", (gpointer *) &cosine } };
  static FwLazyLibrary library = FW_LAZY_LIBRARY_INIT ("libframewright-missing.so.0", symbols);
  g_autoptr(GError) first = NULL;
  g_autoptr(GError) second = NULL;

  g_assert_false (fw_lazy_library_load (&library, &first));
  assert_error (first, "cannot open the library libframewright-missing.so.0: ");
  g_assert_null (cosine);

  /* The error is kept: the second call gives the same one, and without @error, FALSE. */
  g_assert_false (fw_lazy_library_load (&library, &second));
  g_assert_cmpstr (second->message, ==, first->message);
  g_assert_false (fw_lazy_library_load (&library, NULL));
}

static void
test_missing_symbol (void)
{
  static MathFunc cosine;
  static MathFunc missing;
  static MathFunc root;
  static const FwLazySymbol symbols[] = {
    { "cos", (gpointer *) &cosine },
    { "fw_no_such_function", (gpointer *) &missing },
    { "sqrt", (gpointer *) &root },
  };
  static FwLazyLibrary library = FW_LAZY_LIBRARY_INIT (LIBM_SONAME, symbols);
  g_autoptr(GError) first = NULL;
  g_autoptr(GError) second = NULL;

  g_assert_false (fw_lazy_library_load (&library, &first));
  assert_error (first, "the library " LIBM_SONAME " has no symbol fw_no_such_function");
  /* All or nothing: no pointer is left half set. */
  g_assert_null (cosine);
  g_assert_null (missing);
  g_assert_null (root);

  g_assert_false (fw_lazy_library_load (&library, &second));
  g_assert_cmpstr (second->message, ==, first->message);
}

static MathFunc threaded_cosine;
static const FwLazySymbol threaded_symbols[] = { { "cos", (gpointer *) &threaded_cosine } };
static FwLazyLibrary threaded_library = FW_LAZY_LIBRARY_INIT (LIBM_SONAME, threaded_symbols);

static gpointer
load_in_thread (gpointer data)
{
  return GINT_TO_POINTER (fw_lazy_library_load (&threaded_library, NULL) &&
                          threaded_cosine != NULL);
}

static void
test_threads (void)
{
  GThread *threads[8];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("load", load_in_thread, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));
  g_assert_cmpfloat (threaded_cosine (0.0), ==, 1.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lazy-library/success", test_success);
  g_test_add_func ("/lazy-library/missing-library", test_missing_library);
  g_test_add_func ("/lazy-library/missing-symbol", test_missing_symbol);
  g_test_add_func ("/lazy-library/threads", test_threads);

  return g_test_run ();
}
