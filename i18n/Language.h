#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace khronika {

// The interface's language: which one to use, and putting its translations in place. Qt Core only, so
// that the command-line checker speaks the same language as the explorer.
namespace Language {

// The languages the interface is translated into, as two-letter codes, English first.
QStringList available();
// The language to use: the one asked for (--lang), else the one chosen in the menu and remembered,
// else the first of the system's interface languages that Khronika has, else English. An unknown
// code asked for or remembered is passed over, never used.
QString choose(const QString &asked, const QString &remembered, const QStringList &systemLanguages);
// The locale dates and numbers are written in for `language`: British English for "en" (day before
// month, as the data's texts have it), Russia's Russian for "ru".
QLocale locale(const QString &language);
// The language's own name, as a menu lists it ("English", "Русский").
QString nativeName(const QString &language);
// Makes `language` the application's: installs Khronika's translation and Qt's own (qtbase: its dialogs,
// shortcuts and command-line help) and sets the default locale. English needs no translation. Returns
// false, the interface staying English, when Khronika's translation for it cannot be loaded.
bool apply(QCoreApplication *app, const QString &language);
// The language apply() last made the application's ("en" before any).
QString current();

} // namespace Language

} // namespace khronika
