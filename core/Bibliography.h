#pragma once

#include "DataSet.h"

#include <QString>

namespace khronika {

// What a school can cite. A source stands on a published work (it names a publisher: a book, a
// journal, an encyclopedia, an official gazette) or on a stable address (a publisher's, a journal's,
// an archive's, a library's or an encyclopedia's own page). A link to an unauthorised copy of a book
// (a "book-copy" reader site, a document dump) is neither: it may vanish or change tomorrow, and a
// school will not accept it.

// The host of a url, lower case and without "www."; empty when the url has none.
QString urlHost(const QString &url);

// True when the url points at a site known to host unauthorised copies of books or documents.
bool isCopySite(const QString &url);

// True when a piece of text (a citation's page, a series' basis, an author's note) names such a site. A
// student must not be sent to one, nor the next author: a note may say that a copy was read, and the
// citation names the printed work with its page or table.
bool namesCopySite(const QString &text);

// True when the source names a published work.
bool isPublishedWork(const Source &source);

// True when the source has an address a reader can rely on: a url that is not a copy site.
bool hasStableUrl(const Source &source);

// Why a source cannot be cited as it stands, or an empty string when it can.
QString citabilityProblem(const Source &source);

// The bibliography as plain text, one work a line, sorted by author then year:
// "id | author (year). title. publisher. url | cited N times". Used by khronika-check --sources.
QString bibliographyText(const DataSet &data);

} // namespace khronika
