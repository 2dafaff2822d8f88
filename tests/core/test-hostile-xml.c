/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Hostile HTML through the page reader (libxml2 underneath): external entities, "billion
 * laughs", a DOCTYPE that points at the network and a 100 MB file. Each is refused or
 * bounded, quickly, without reading any file but the input and without network access.
 *
 * File access is watched with inotify on a secret file the input points at, and network
 * access with a listening socket on the loopback interface that the input points at: a
 * reader that followed either would be seen, whatever entity loader it used.
 */

#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "fw-error.h"
#include "fw-formats.h"
#include "fw-io.h"

#define PAGE_NAME "hostile.html"
#define HUGE_SIZE (100 * 1000 * 1000)
#define SAFETY_BOUND_USEC (2 * G_USEC_PER_SEC)

/* What the untrusted page must never get hold of. */
#define SECRET "FW-SECRET-7d1c0a55e2b94f3e"

typedef struct
{
  char           *dir;
  char           *secret_path;
  char           *secret_url;
  int             inotify_fd;
  GSocket        *listener;
  char           *network_url;
  GPtrArray      *loader_calls;   /* char*: every URL the entity loader was asked for */
  xmlExternalEntityLoader saved_loader;
} Fixture;

static GPtrArray *loader_calls;

static xmlParserInputPtr
recording_loader (const char       *url,
                  const char       *id,
                  xmlParserCtxtPtr  context)
{
  g_ptr_array_add (loader_calls, g_strdup (url != NULL ? url : "(null)"));
  /* Never let a test fetch anything itself. */
  return NULL;
}

static GSocket *
listen_on_loopback (guint16 *port)
{
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocket) socket = NULL;

  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP,
                         &error);
  g_assert_no_error (error);
  g_socket_set_blocking (socket, FALSE);
  g_socket_bind (socket, address, TRUE, &error);
  g_assert_no_error (error);
  g_socket_listen (socket, &error);
  g_assert_no_error (error);

  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  *port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  return g_steal_pointer (&socket);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  guint16 port = 0;

  fixture->dir = g_dir_make_tmp ("fw-hostile-XXXXXX", &error);
  g_assert_no_error (error);

  fixture->secret_path = g_build_filename (fixture->dir, "secret.txt", NULL);
  g_file_set_contents (fixture->secret_path, SECRET "\n", -1, &error);
  g_assert_no_error (error);
  fixture->secret_url = g_filename_to_uri (fixture->secret_path, NULL, &error);
  g_assert_no_error (error);

  fixture->inotify_fd = inotify_init1 (IN_NONBLOCK | IN_CLOEXEC);
  g_assert_cmpint (fixture->inotify_fd, >=, 0);
  g_assert_cmpint (inotify_add_watch (fixture->inotify_fd, fixture->secret_path,
                                      IN_OPEN | IN_ACCESS), >=, 0);

  fixture->listener = listen_on_loopback (&port);
  fixture->network_url = g_strdup_printf ("http://127.0.0.1:%u/dtd/xhtml1-strict.dtd", port);

  loader_calls = g_ptr_array_new_with_free_func (g_free);
  fixture->loader_calls = loader_calls;
  fixture->saved_loader = xmlGetExternalEntityLoader ();
  xmlSetExternalEntityLoader (recording_loader);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  xmlSetExternalEntityLoader (fixture->saved_loader);
  g_clear_pointer (&fixture->loader_calls, g_ptr_array_unref);
  loader_calls = NULL;

  g_clear_object (&fixture->listener);
  close (fixture->inotify_fd);
  g_assert_cmpint (g_unlink (fixture->secret_path), ==, 0);
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);

  g_clear_pointer (&fixture->network_url, g_free);
  g_clear_pointer (&fixture->secret_url, g_free);
  g_clear_pointer (&fixture->secret_path, g_free);
  g_clear_pointer (&fixture->dir, g_free);
}

/* Nobody opened or read the secret file. */
static void
assert_secret_untouched (Fixture *fixture)
{
  char buffer[4096];
  ssize_t n = read (fixture->inotify_fd, buffer, sizeof buffer);

  g_assert_cmpint (n, ==, -1);
  g_assert_cmpint (errno, ==, EAGAIN);
}

/* Nobody connected to the listening socket. */
static void
assert_no_connection (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocket) connection = g_socket_accept (fixture->listener, NULL, &error);

  g_assert_null (connection);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK);
}

static void
assert_loader_unused (Fixture *fixture)
{
  for (guint i = 0; i < fixture->loader_calls->len; i++)
    g_test_message ("entity loader called for %s",
                    (const char *) g_ptr_array_index (fixture->loader_calls, i));

  g_assert_cmpuint (fixture->loader_calls->len, ==, 0);
}

static char *
page_fixture (void)
{
  const char *data_dir = g_getenv ("FW_TEST_DATA");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  if (data_dir == NULL)
    g_error ("FW_TEST_DATA is not set; run the tests through meson");

  path = g_build_filename (data_dir, "page", "radiologic.html", NULL);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* The saved framework page with its DOCTYPE replaced and @text put into the first
 * statement's body. */
static char *
hostile_page (const char *doctype,
              const char *text)
{
  g_autofree char *page = page_fixture ();
  g_autofree char *body = g_strdup_printf ("<span class=\"body\">%s ", text);
  g_auto(GStrv) head = g_strsplit (page, "<!DOCTYPE html>", 2);
  g_autofree char *rest = NULL;
  g_auto(GStrv) parts = NULL;

  g_assert_cmpuint (g_strv_length (head), ==, 2);
  rest = g_strconcat (doctype, head[1], NULL);
  parts = g_strsplit (rest, "<span class=\"body\">", 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  return g_strconcat (parts[0], body, parts[1], NULL);
}

typedef struct
{
  FwDocument *document;
  GError     *error;
  gint64      elapsed_usec;
} ReadResult;

static void
read_result_clear (ReadResult *result)
{
  g_clear_object (&result->document);
  g_clear_error (&result->error);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReadResult, read_result_clear)

static void
read_page (const char *page,
           ReadResult *result)
{
  gint64 start = g_get_monotonic_time ();

  result->document = fw_page_html_read (page, strlen (page), PAGE_NAME, NULL, &result->error);
  result->elapsed_usec = g_get_monotonic_time () - start;
}

/* Valgrind and sanitizers slow everything down; the bound scales with them. */
static gint64
safety_bound (void)
{
  const char *scale = g_getenv ("FW_TEST_TIME_SCALE");
  gint64 factor = scale != NULL ? g_ascii_strtoll (scale, NULL, 10) : 1;

  return SAFETY_BOUND_USEC * MAX (factor, 1);
}

/* A document or an FW_ERROR naming the file, whichever the reader chose; and if a document,
 * nothing in it that the page did not contain. */
static char *
written_or_error (ReadResult *result)
{
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;

  if (result->document == NULL)
    {
      g_assert_nonnull (result->error);
      g_assert_true (result->error->domain == FW_ERROR);
      g_assert_true (g_str_has_prefix (result->error->message, PAGE_NAME ":"));
      return g_strdup (result->error->message);
    }

  g_assert_no_error (result->error);
  written = fw_format_write (result->document, FW_FORMAT_FWK, NULL, &error);
  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (written, NULL), g_bytes_get_size (written));
}

static void
test_external_entity (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *doctype = g_strdup_printf ("<!DOCTYPE html [\n"
                                              "  <!ENTITY xxe SYSTEM \"%s\">\n"
                                              "  <!ENTITY xxp SYSTEM \"%s\">\n"
                                              "  <!ENTITY %% remote SYSTEM \"%s\">\n"
                                              "  %%remote;\n"
                                              "]>",
                                              fixture->secret_url, fixture->secret_path,
                                              fixture->network_url);
  g_autofree char *page = hostile_page (doctype, "&xxe; &xxp;");
  g_auto(ReadResult) result = { 0 };
  g_autofree char *output = NULL;

  read_page (page, &result);
  output = written_or_error (&result);

  g_assert_null (strstr (output, SECRET));
  assert_secret_untouched (fixture);
  assert_no_connection (fixture);
  assert_loader_unused (fixture);
  g_assert_cmpint (result.elapsed_usec, <, safety_bound ());
}

static void
test_billion_laughs (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GString) doctype = g_string_new ("<!DOCTYPE html [\n  <!ENTITY lol0 \"lol\">\n");
  g_autofree char *page = NULL;
  g_auto(ReadResult) result = { 0 };
  g_autofree char *output = NULL;

  /* Ten levels of ten references each: 10^10 copies of "lol" if expanded. */
  for (guint level = 1; level <= 10; level++)
    {
      g_string_append_printf (doctype, "  <!ENTITY lol%u \"", level);
      for (guint i = 0; i < 10; i++)
        g_string_append_printf (doctype, "&lol%u;", level - 1);
      g_string_append (doctype, "\">\n");
    }
  g_string_append (doctype, "]>");
  page = hostile_page (doctype->str, "&lol10; &lol9; &lol8;");

  read_page (page, &result);
  output = written_or_error (&result);

  /* Bounded: nothing anywhere near the expansion came out, and quickly. */
  g_assert_null (strstr (output, "lollollollollollollollollollol"));
  g_assert_cmpuint (strlen (output), <, 10 * strlen (page));
  g_assert_cmpint (result.elapsed_usec, <, safety_bound ());
  assert_loader_unused (fixture);
}

static void
test_network_doctype (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *doctype = g_strdup_printf ("<!DOCTYPE html PUBLIC "
                                              "\"-//W3C//DTD XHTML 1.0 Strict//EN\" \"%s\">",
                                              fixture->network_url);
  g_autofree char *page = hostile_page (doctype, "");
  g_auto(ReadResult) result = { 0 };
  FwLevel *level;

  read_page (page, &result);

  /* A DOCTYPE is no reason to refuse a page: it reads as usual, offline. */
  g_assert_no_error (result.error);
  g_assert_nonnull (result.document);
  g_assert_cmpstr (fw_document_get_title (result.document), ==,
                   "Radiologic Technologists and Technicians");
  level = fw_document_get_level (result.document, FW_LEVEL_EMERGING);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fw_level_get_statements (level))),
                    ==, 10);

  assert_no_connection (fixture);
  assert_loader_unused (fixture);
  g_assert_cmpint (result.elapsed_usec, <, safety_bound ());
}

/* A real 100 MB page (the framework followed by paragraphs), refused by its size before
 * parsing: quickly, and without reading the 100 MB. */
static void
test_huge_file (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *page = page_fixture ();
  g_autofree char *path = g_build_filename (fixture->dir, "huge.html", NULL);
  g_autofree char *pattern = g_strdup_printf ("%s: error: file is larger than 32 MiB", path);
  g_autoptr(GString) filler = g_string_new (NULL);
  g_autoptr(FwDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  gsize written;
  gint64 start;
  gint64 elapsed;
  int fd;

  while (filler->len < 1024 * 1024)
    g_string_append (filler, "<p>More and more text that nobody asked for.</p>\n");

  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, page, strlen (page)), ==, (gssize) strlen (page));
  for (written = strlen (page); written < HUGE_SIZE; written += filler->len)
    g_assert_cmpint (write (fd, filler->str, filler->len), ==, (gssize) filler->len);
  g_assert_cmpint (close (fd), ==, 0);

  start = g_get_monotonic_time ();
  document = fw_format_read_file (path, FW_FORMAT_PAGE_HTML, NULL, &error);
  elapsed = g_get_monotonic_time () - start;

  g_assert_null (document);
  g_assert_error (error, FW_ERROR, FW_ERROR_TOO_LARGE);
  g_assert_true (g_pattern_match_simple (pattern, error->message));
  g_assert_cmpint (elapsed, <, safety_bound ());

  g_assert_cmpint (g_unlink (path), ==, 0);
}

static void
add_test (const char *path,
          void      (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add_test ("/hostile-xml/external-entity", test_external_entity);
  add_test ("/hostile-xml/billion-laughs", test_billion_laughs);
  add_test ("/hostile-xml/network-doctype", test_network_doctype);
  add_test ("/hostile-xml/huge-file", test_huge_file);

  return g_test_run ();
}
