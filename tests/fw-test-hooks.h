/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Tests of the FW_FAULT_INJECT hook run only in builds that honour it (the test_hooks build
 * option, on in developer builds); elsewhere they are reported as skipped.
 */
static inline void
fw_test_skip_without_hooks (void)
{
  g_test_skip ("built without the test hooks (-Dtest_hooks=false or a release build)");
}

#ifdef FW_TEST_HOOKS
#define FW_TEST_NEEDS_HOOKS(func) (func)
#else
#define FW_TEST_NEEDS_HOOKS(func) ((void) (func), fw_test_skip_without_hooks)
#endif

G_END_DECLS
