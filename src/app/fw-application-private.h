/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-application.h"
#include "fw-window.h"

G_BEGIN_DECLS

struct _FwApplication
{
  AdwApplication  parent_instance;

  /* The preferences: O*NET release, reviewer name … (NULL without an installed schema). */
  GSettings      *settings;

  /* Orphan drafts waiting for an answer, and those already offered in this run. */
  GQueue          pending_drafts;
  GHashTable     *offered_drafts;
  gboolean        asking;
};

/* fw-application.c */
FwWindow *_fw_application_active_fw_window   (FwApplication *self);
FwWindow *_fw_application_new_window         (FwApplication *self);

/* fw-application-drafts.c: offering the drafts a crash left behind */
void      _fw_application_offer_drafts_of_map (FwApplication *self,
                                               GFile         *file);
gboolean  _fw_application_offer_drafts_idle   (gpointer       data);

G_END_DECLS
