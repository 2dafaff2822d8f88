/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FW_TYPE_TECHNOLOGY (fw_technology_get_type ())
G_DECLARE_FINAL_TYPE (FwTechnology, fw_technology, FW, TECHNOLOGY, GObject)

/*
 * A technology skill of the occupation, as O*NET's Technology Skills gives it: a commodity
 * ("commodity-code" such as "43232306", "title" such as "Data base user interface and query
 * software"), whether it is a "hot" technology and "in-demand", and the "examples" (GStrv,
 * never NULL) of products used for it.
 */
FwTechnology       *fw_technology_new               (const char         *commodity_code,
                                                     const char         *title);
const char         *fw_technology_get_commodity_code (FwTechnology      *self);
const char         *fw_technology_get_title         (FwTechnology       *self);
gboolean            fw_technology_get_hot           (FwTechnology       *self);
gboolean            fw_technology_get_in_demand     (FwTechnology       *self);
const char * const *fw_technology_get_examples      (FwTechnology       *self);

G_END_DECLS
