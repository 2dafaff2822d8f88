/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "fw-document.h"
#include "fw-validator.h"

G_BEGIN_DECLS

/*
 * Helpers shared by the validator test programs (test-validator*): a sound document to break,
 * the faults more than one program uses, and ways to look at the findings. See
 * fw-test-validator-util.c.
 */

char *
test_data_path (const char *name);

FwProfile *
load_profile_file (const char *name);

void
add_statement (GListStore         *store,
               const char         *id,
               const char         *headline,
               const char         *body,
               const char * const *citations);

FwDocument *
build_document (void);

FwStatement *
level_statement (FwDocument *document,
                 FwLevelKey  key,
                 guint       position);

FwStatement *
ai_statement (FwDocument *document,
              FwLevelKey  key);

FwDomain *
get_domain (FwDocument *document,
            guint       index);

FwStatement *
durable_statement (FwDocument     *document,
                   guint           domain,
                   FwDurableLevel  level);

FwValidator *
run_validator (FwDocument *document,
               FwProfile  *profile);

guint
count_rule (FwValidator *validator,
            const char  *rule_id);

FwFinding *
find_rule (FwValidator *validator,
           const char  *rule_id);

void
print_findings (FwValidator *validator);

void
set_document_string (FwDocument *document,
                     const char *property,
                     const char *value);

void
soc_bare (FwDocument *d);

void
developing_three (FwDocument *d);

void
headline_empty (FwDocument *d);

void
headline_one_letter (FwDocument *d);

void
body_empty (FwDocument *d);

void
body_no_verb (FwDocument *d);

void
body_no_period (FwDocument *d);

void
body_double_space (FwDocument *d);

void
headline_trailing_space (FwDocument *d);

void
emerging_leads (FwDocument *d);

void
developing_near_emerging (FwDocument *d);

void
durable_near_level (FwDocument *d);

void
remove_all_domains (FwDocument *d);

void
empty_communication_emerging (FwDocument *d);

void
cite_missing_source (FwDocument *d);

void
add_unused_source (FwDocument *d);

void
cip_short (FwDocument *d);

void
anchor_unknown (FwDocument *d);

void
use_test_onet_data (void);

G_END_DECLS
