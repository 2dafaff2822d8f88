/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fw-types.h"

G_BEGIN_DECLS

#define FW_TYPE_DOMAIN (fw_domain_get_type ())
G_DECLARE_FINAL_TYPE (FwDomain, fw_domain, FW, DOMAIN, GObject)

/*
 * A durable-skill domain (Communication, Fortitude …). Property "name" (string, never NULL).
 * Each of the four durable levels holds a GListStore of FwStatement.
 * The id is made when the domain is and lasts as long as it; a .fwk keeps it when it differs
 * from the one derived from the name (fw_item_ids_derive), so corrections can refer to it.
 */
FwDomain   *fw_domain_new             (const char     *name);
FwDomain   *fw_domain_new_with_id     (const char     *id,
                                       const char     *name);
const char *fw_domain_get_id          (FwDomain       *self);
const char *fw_domain_get_name        (FwDomain       *self);
void        fw_domain_set_name        (FwDomain       *self,
                                       const char     *name);
GListStore *fw_domain_get_cell        (FwDomain       *self,
                                       FwDurableLevel  level);
guint       fw_domain_count_statements (FwDomain      *self);

G_END_DECLS
