/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

/* The O*NET enrichment and the classes of its lists: callers include this one header. */
#include "fw-apprenticeship.h"
#include "fw-task.h"
#include "fw-technology.h"

G_BEGIN_DECLS

#define FW_TYPE_ONET (fw_onet_get_type ())
G_DECLARE_FINAL_TYPE (FwOnet, fw_onet, FW, ONET, GObject)

/*
 * O*NET enrichment.
 * "anchor-count" int, -1 when absent.
 * GStrv properties (never NULL, possibly empty): "related-titles", "skills", "knowledge",
 * "abilities", "work-styles", "technology", "cip-codes".
 * Lists: tasks (GListStore of FwTask), apprenticeships (GListStore of FwApprenticeship),
 * technology skills (GListStore of FwTechnology: the commodities with their flags and
 * examples; "technology" keeps their titles for NSX).
 * "citations" (GStrv, never NULL): the ids of the sources the O*NET part comes from.
 */
FwOnet             *fw_onet_new                 (void);
int                 fw_onet_get_anchor_count    (FwOnet     *self);
const char * const *fw_onet_get_strv            (FwOnet     *self,
                                                 const char *property);
GListStore         *fw_onet_get_tasks           (FwOnet     *self);
GListStore         *fw_onet_get_apprenticeships (FwOnet     *self);
GListStore         *fw_onet_get_technology_skills (FwOnet   *self);
const char * const *fw_onet_get_citations       (FwOnet     *self);
gboolean            fw_onet_is_empty            (FwOnet     *self);

/*
 * Stable ids of the entries of the GStrv lists, parallel to them (see fw-item-ids.h):
 * corrections and findings refer to an entry by id, which survives an edit of its text.
 */
const char * const *fw_onet_get_item_ids        (FwOnet             *self,
                                                 const char         *property);
gboolean            fw_onet_set_item_ids        (FwOnet             *self,
                                                 const char         *property,
                                                 const char * const *ids);
const char         *fw_onet_get_item_prefix     (const char         *property);
const char         *fw_onet_find_item           (FwOnet             *self,
                                                 const char         *item_id,
                                                 const char        **property,
                                                 guint              *position);
const char         *fw_onet_find_item_id        (FwOnet             *self,
                                                 const char         *property,
                                                 const char         *text);

/* The names of the GStrv list properties, NULL-terminated, in display order. */
const char * const *fw_onet_list_properties     (void);

G_END_DECLS
