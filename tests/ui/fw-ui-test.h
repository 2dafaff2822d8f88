/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "fw-application.h"
#include "fw-map-window.h"
#include "fw-window.h"

G_BEGIN_DECLS

/*
 * Shared set-up for the UI tests: a private XDG home, in-memory settings, no animations,
 * no portals. Exits 77 (skip) only when no display can be opened at all.
 */
void              fw_ui_test_init            (int          *argc,
                                              char       ***argv);
/* g_test_add_func() for UI tests: the same, with the test environment set up per case. */
void              fw_ui_test_add             (const char   *path,
                                              GTestFunc     func);
typedef void (*FwUiTestBody) (FwApplication *app,
                              gpointer       data);

/* Runs the registered test cases inside a running application; returns g_test_run ()'s status. */
int               fw_ui_test_run             (void);
/* The running application of the tests. */
FwApplication    *fw_ui_test_get_app         (void);
/*
 * Starts another application instance, as a new process would, and calls @body after its
 * start-up (activate) ran. Its windows are destroyed when @body returns.
 */
void              fw_ui_test_run_second_instance (FwUiTestBody body,
                                                  gpointer     data);
/* The sample framework: the shipped .fwk when present, else the shared NSX export. */
char             *fw_ui_test_sample_path     (void);
/* A window showing the sample, after its first draw and its first validation. */
FwWindow         *fw_ui_test_open_sample     (FwApplication *app);
/* The same for any file. */
/* The application's curriculum-map window, or NULL. */
FwMapWindow      *fw_ui_test_find_map_window (void);
/* Opens @path as `framewright FILE.fwmap` does and returns its window, drawn once. */
FwMapWindow      *fw_ui_test_open_map        (const char    *path);
FwWindow         *fw_ui_test_open_path       (FwApplication *app,
                                              const char    *path);
/* Runs the main loop until @condition holds or @timeout_ms passes; returns @condition. */
gboolean          fw_ui_test_wait_until      (gboolean     (*condition) (gpointer data),
                                              gpointer       data,
                                              guint          timeout_ms);
/* Runs the main loop for @ms milliseconds. */
void              fw_ui_test_iterate         (guint          ms);
guint             fw_ui_test_time_scale      (void);
/* Waits until @widget is @width pixels wide (after a size request); FALSE if it never is. */
gboolean          fw_ui_test_wait_for_width  (GtkWidget     *widget,
                                              int            width);
/* Waits until @window is neither loading nor saving. */
gboolean          fw_ui_test_wait_idle       (FwWindow      *window);
/* The first visible AdwMessageDialog among the toplevels (waits up to 2 s), or NULL. */
AdwMessageDialog *fw_ui_test_find_dialog     (void);
/* Answers @dialog as a click on the button of @response does: the response, then it goes. */
void              fw_ui_test_respond         (AdwMessageDialog *dialog,
                                              const char       *response);
/* The number of FwWindow toplevels still open. */
guint             fw_ui_test_count_windows   (void);
/* Where a screenshot called @name goes: the build folder's screenshots/ (created on writing). */
char             *fw_ui_test_screenshot_path (const char    *name);
/* Renders @widget as it is drawn now into a PNG at @path. */
void              fw_ui_test_screenshot      (GtkWidget     *widget,
                                              const char    *path);
/* A new temporary directory (removed with its contents at exit). */
char             *fw_ui_test_tmpdir          (void);
/*
 * Gives the test process a mount namespace of its own, so that (as root) it may mount small
 * file systems that nobody else sees. Call it first in main(), before any thread starts.
 * FALSE when the system does not allow it.
 */
gboolean          fw_ui_test_enter_mount_namespace (void);
/* A new directory with a tmpfs of @size bytes on it (unmounted at exit), or NULL and @error. */
char             *fw_ui_test_mount_tmpfs     (gsize          size,
                                              GError       **error);
/* Makes the tmpfs mounted on @dir read-only. */
gboolean          fw_ui_test_remount_read_only (const char  *dir,
                                                GError     **error);
/* The statement row for @statement in the levels page of @window, or NULL. */
GtkWidget        *fw_ui_test_find_row        (FwWindow      *window,
                                              FwStatement   *statement);
/*
 * Builds every row of the levels page (a level's rows below its first screen come after the
 * first frame) and waits for a frame that lays them out: for tests that point at rows.
 */
void              fw_ui_test_wait_for_rows   (FwWindow      *window);
/* Replaces the text of a GtkTextView as typing would (the buffer emits "changed"). */
void              fw_ui_test_set_text_view   (GtkWidget     *text_view,
                                              const char    *text);
/* The serialised .fwk bytes of @document. */
GBytes           *fw_ui_test_document_bytes  (FwDocument    *document);

/* The contents of @path (the test fails if it cannot be read). */
GBytes           *fw_ui_test_read_bytes      (const char    *path);
/* Writes @bytes to @path (the test fails if it cannot be written). */
void              fw_ui_test_write_bytes     (const char    *path,
                                              GBytes        *bytes);
/*
 * The radiography map fixture and the sample framework, copied side by side into @dir, the
 * map pointing at the copy; returns the map's path.
 */
char             *fw_ui_test_copy_map        (const char    *dir);

/*
 * In a child of fw_ui_test_kill_child_when_ready(): exits when the test closes its stdin, or
 * after two minutes. Call it first.
 */
void              fw_ui_test_child_watch_parent (void);
/* In such a child: prints "ready" after @ms milliseconds and runs the main loop until killed. */
G_GNUC_NORETURN
void              fw_ui_test_child_ready_after (guint        ms);
/*
 * Runs this test program again with the environment variables given as NULL-ended name, value
 * pairs (and the same home), waits until it prints "ready", and kills it with SIGKILL.
 */
void              fw_ui_test_kill_child_when_ready (const char *first_variable,
                                                    ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
