/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fw-document.h"

G_BEGIN_DECLS

/* Faults and near misses for the correction rules (FW-COR-001 … 003), for test-validator. */
void correction_item_kept        (FwDocument *d);
void correction_item_gone        (FwDocument *d);
void correction_with_rationale   (FwDocument *d);
void correction_blank_rationale  (FwDocument *d);
void correction_accepted_applied (FwDocument *d);
void correction_accepted_pending (FwDocument *d);

G_END_DECLS
