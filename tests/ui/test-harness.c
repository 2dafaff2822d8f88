/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "framewright"

#include "config.h"

#include <string.h>

#include "fw-ui-test.h"

/*
 * What every UI test relies on from its environment. The tests draw with the cairo renderer
 * and need no GL; if GDK opened GL all the same, Mesa would be loaded, and its one-time set-up
 * leaks from a module that is unloaded before LeakSanitizer reports, failing the sanitizer
 * build with a leak nobody can suppress by name.
 */

static gboolean
mesa_driver_loaded (void)
{
  g_autofree char *maps = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  return strstr (maps, "_dri.so") != NULL || strstr (maps, "libGLX_mesa") != NULL ||
         strstr (maps, "libEGL_mesa") != NULL;
}

static void
test_no_gl (void)
{
  FwWindow *window = fw_ui_test_open_sample (fw_ui_test_get_app ());
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkGLContext) context = NULL;

  /* The window was drawn: GTK had every chance to reach for GL. */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  context = gdk_display_create_gl_context (display, &error);
  g_assert_null (context);
  g_assert_nonnull (error);
  g_assert_false (mesa_driver_loaded ());
}

int
main (int   argc,
      char *argv[])
{
  fw_ui_test_init (&argc, &argv);
  fw_ui_test_add ("/ui/harness/no-gl", test_no_gl);
  return fw_ui_test_run ();
}
