// mhfund: funding and release time of England's Maths Hubs teaching-for-mastery programmes.
// The umbrella header.
#ifndef MHFUND_MHFUND_HPP
#define MHFUND_MHFUND_HPP

#include "mhfund/applications.hpp"
#include "mhfund/budget.hpp"
#include "mhfund/calendar.hpp"
#include "mhfund/catalogue.hpp"
#include "mhfund/claims.hpp"
#include "mhfund/compare.hpp"
#include "mhfund/criteria.hpp"
#include "mhfund/edition.hpp"
#include "mhfund/error.hpp"
#include "mhfund/finding.hpp"
#include "mhfund/forecast.hpp"
#include "mhfund/fuzzy_date.hpp"
#include "mhfund/half_days.hpp"
#include "mhfund/hubs.hpp"
#include "mhfund/identifiers.hpp"
#include "mhfund/key_dates.hpp"
#include "mhfund/money.hpp"
#include "mhfund/outturn.hpp"
#include "mhfund/pricing.hpp"
#include "mhfund/programme_calendar.hpp"
#include "mhfund/rates.hpp"
#include "mhfund/report.hpp"
#include "mhfund/scenario.hpp"
#include "mhfund/settings.hpp"
#include "mhfund/uk_time.hpp"
#include "mhfund/version.hpp"

#endif
