#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace khronika::Language {

namespace {

// The translators installed last, removed when another language is applied.
QTranslator *g_own = nullptr;
QTranslator *g_qt = nullptr;
QString g_current = QStringLiteral("en");

QString normalised(const QString &code)
{
    // "ru_RU", "ru-RU" and "ru" all name Russian.
    return code.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
}

} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("ru")};
}

QString choose(const QString &asked, const QString &remembered, const QStringList &systemLanguages)
{
    for (const QString &candidate : {asked, remembered}) {
        if (available().contains(normalised(candidate)))
            return normalised(candidate);
    }
    for (const QString &system : systemLanguages) {
        if (available().contains(normalised(system)))
            return normalised(system);
    }
    return QStringLiteral("en");
}

QLocale locale(const QString &language)
{
    if (normalised(language) == u"ru")
        return QLocale(QLocale::Russian, QLocale::Russia);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString nativeName(const QString &language)
{
    if (normalised(language) == u"ru")
        return QStringLiteral("Русский");
    return QStringLiteral("English");
}

bool apply(QCoreApplication *app, const QString &language)
{
    for (QTranslator **t : {&g_own, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QString code = normalised(language);
    g_current = QStringLiteral("en");
    QLocale::setDefault(locale(QStringLiteral("en")));
    if (code == u"en" || !available().contains(code))
        return code == u"en";
    auto own = std::make_unique<QTranslator>(app);
    if (!own->load(QStringLiteral(":/i18n/khronika_%1.qm").arg(code)))
        return false;
    QCoreApplication::installTranslator(own.get());
    g_own = own.release();
    // Qt's own translations are the system's (Debian: qt6-translations-l10n); without them Qt's
    // buttons stay English and the rest is still translated.
    auto qt = std::make_unique<QTranslator>(app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        g_qt = qt.release();
    }
    QLocale::setDefault(locale(code));
    g_current = code;
    return true;
}

QString current()
{
    return g_current;
}

} // namespace khronika::Language
