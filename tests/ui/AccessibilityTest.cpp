// What a screen reader finds in the explorer: a name on every control, the timeline's visible events as
// its children with their dates and states, and the selection announced when it changes.
#include "ui/MainWindow.h"

#include "QtPrinters.h"
#include "TestData.h"
#include "ui/panels/SidePanel.h"
#include "ui/timeline/TimelineAccessible.h"
#include "ui/timeline/TimelineView.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace khronika;

namespace {

// Every interface under `root`, depth first, with how deep it lies.
void walk(QAccessibleInterface *root, std::vector<QAccessibleInterface *> &out, int depth = 0)
{
    if (!root || depth > 40)
        return;
    out.push_back(root);
    for (int i = 0; i < root->childCount(); ++i)
        walk(root->child(i), out, depth + 1);
}

} // namespace

TEST(Accessibility, EveryControlHasAName)
{
    MainWindow window(test::builtinTimeline());
    window.resize(1600, 1000);
    window.setChartsVisible(true);
    window.show();
    QApplication::processEvents();
    std::vector<QAccessibleInterface *> all;
    walk(QAccessible::queryAccessibleInterface(&window), all);
    ASSERT_GT(all.size(), 50u);
    // The roles a user operates: each must say what it is.
    const QList<QAccessible::Role> controls {QAccessible::EditableText, QAccessible::List, QAccessible::ComboBox,
        QAccessible::PushButton, QAccessible::CheckBox, QAccessible::PageTabList, QAccessible::Graphic,
        QAccessible::Chart, QAccessible::Document};
    QStringList unnamed;
    int checked = 0;
    for (QAccessibleInterface *iface : all) {
        if (!controls.contains(iface->role()) || iface->state().invisible)
            continue;
        ++checked;
        if (iface->text(QAccessible::Name).trimmed().isEmpty()) {
            QObject *o = iface->object();
            unnamed << QStringLiteral("%1 (%2, role %3)")
                           .arg(o ? QString::fromLatin1(o->metaObject()->className()) : QStringLiteral("child"),
                               o ? o->objectName() : QString())
                           .arg(int(iface->role()));
        }
    }
    // And whatever Tab reaches.
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        ++checked;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 (%2) in %3, reached by Tab")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                               QString::fromLatin1(w->parentWidget()->metaObject()->className()));
    }
    EXPECT_GT(checked, 10);
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(u'\n').toStdString();
}

TEST(Accessibility, TimelineExposesItsVisibleEventsAndAnnouncesTheSelection)
{
    MainWindow window(test::builtinTimeline());
    window.resize(1600, 1000);
    window.show();
    ViewState *state = window.state();
    TimelineView *view = window.timelineView();
    state->setWindow(double(QDate(1929, 1, 1).toJulianDay()), double(QDate(1930, 1, 1).toJulianDay()));
    QApplication::processEvents();

    QAccessibleInterface *timeline = QAccessible::queryAccessibleInterface(view);
    ASSERT_TRUE(timeline);
    EXPECT_EQ(timeline->role(), QAccessible::List);
    EXPECT_EQ(timeline->text(QAccessible::Name), QStringLiteral("Timeline"));
    // One child per event laid out (each once, however many lanes it is drawn on), then the badges.
    QSet<int> laidOut;
    for (const EventMark &m : view->layout().marks)
        laidOut.insert(m.event);
    ASSERT_GT(laidOut.size(), 5);
    EXPECT_EQ(timeline->childCount(), laidOut.size() + qsizetype(view->layout().clusters.size()));
    const Timeline &t = state->timeline();
    for (int i = 0; i < int(laidOut.size()); ++i) {
        QAccessibleInterface *child = timeline->child(i);
        ASSERT_TRUE(child && child->isValid()) << i;
        EXPECT_EQ(child->parent(), timeline);
        EXPECT_EQ(timeline->indexOfChild(child), i);
        EXPECT_EQ(child->role(), QAccessible::ListItem);
        // Named by its title, described by its date.
        const QString name = child->text(QAccessible::Name);
        const auto event
            = std::find_if(laidOut.begin(), laidOut.end(), [&](int e) { return t.event(e).title == name; });
        ASSERT_NE(event, laidOut.end()) << name.toStdString();
        EXPECT_TRUE(child->text(QAccessible::Description).startsWith(t.event(*event).date.toDisplayString()))
            << child->text(QAccessible::Description).toStdString();
        EXPECT_TRUE(child->rect().isValid());
    }
    for (int i = int(laidOut.size()); i < timeline->childCount(); ++i)
        EXPECT_TRUE(timeline->child(i)->text(QAccessible::Name).contains(QStringLiteral("more event"))) << i;

    // Selecting an event marks its child selected, and it is the focus a screen reader is sent to (the
    // view announces it with QAccessible::Selection and Focus events, which Qt passes on only while an
    // assistive technology is listening: not on the offscreen platform).
    view->setFocus();
    const int chosen = *laidOut.begin();
    state->setSelectedEvent(chosen);
    auto *ours = static_cast<TimelineAccessible *>(timeline);
    const int index = ours->indexOfEvent(state->selectedEvent());
    ASSERT_GE(index, 0);
    EXPECT_TRUE(timeline->child(index)->state().selected);
    EXPECT_TRUE(timeline->child(index)->text(QAccessible::Description).contains(QStringLiteral("selected")));
    EXPECT_EQ(timeline->focusChild(), timeline->child(index));
    for (int i = 0; i < timeline->childCount(); ++i) {
        if (i != index) {
            EXPECT_FALSE(timeline->child(i)->state().selected) << i;
        }
    }

    // Scrolled out of the window, the event's child says it is gone rather than read stale text.
    QAccessibleInterface *before = timeline->child(index);
    state->setWindow(double(QDate(1937, 1, 1).toJulianDay()), double(QDate(1938, 1, 1).toJulianDay()));
    (void)view->layout();
    if (!view->layout().isShown(state->selectedEvent())) {
        EXPECT_FALSE(before->isValid());
    }
}

TEST(Accessibility, SearchResultsAreCountedAndRingedOnTheTimeline)
{
    MainWindow window(test::builtinTimeline());
    window.resize(1600, 1000);
    window.show();
    SidePanel *side = window.sidePanel();
    side->searchField()->setText(QStringLiteral("Бухарин"));
    const std::vector<int> found = window.state()->searchMatches();
    ASSERT_FALSE(found.empty());
    EXPECT_TRUE(side->resultCount()->text().startsWith(QString::number(found.size()) + u' '))
        << side->resultCount()->text().toStdString();
    for (int e : found)
        EXPECT_TRUE(window.state()->isHighlighted(e));
    // ё and е are one letter to the search: both spellings find the same events.
    side->searchField()->setText(QStringLiteral("Ежов"));
    const std::vector<int> withYe = window.state()->searchMatches();
    side->searchField()->setText(QStringLiteral("ЁЖОВ"));
    EXPECT_EQ(window.state()->searchMatches(), withYe);
    EXPECT_FALSE(withYe.empty());
    side->searchField()->clear();
    EXPECT_TRUE(window.state()->searchMatches().empty());
    EXPECT_FALSE(window.state()->isHighlighting());
}
