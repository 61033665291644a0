#include "ViewDump.h"

#include "core/AtomicFile.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDockWidget>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QTabBar>
#include <QTextDocument>
#include <QTextEdit>

#include <algorithm>

namespace khronika {

namespace {

// Item views and text browsers can hold thousands of rows; the dump keeps what a screen can show.
constexpr int kMostRows = 400;
constexpr int kMostChars = 400;

QString plainText(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

QJsonArray rectJson(const QRectF &r)
{
    const auto round1 = [](double v) { return std::round(v * 10) / 10; };
    return {round1(r.x()), round1(r.y()), round1(r.width()), round1(r.height())};
}

} // namespace

ViewDump::ViewDump(const QWidget *window)
    : m_window(window)
{ }

ViewDump ViewDump::of(const QWidget *window)
{
    ViewDump dump(window);
    dump.setProperty(QStringLiteral("size"), QJsonArray {window->width(), window->height()});
    dump.walk(window);
    return dump;
}

double ViewDump::pixelSize(const QFont &font, const QWidget *widget)
{
    if (font.pixelSize() > 0)
        return font.pixelSize();
    const double dpi = widget ? widget->logicalDpiY() : 96.0;
    return font.pointSizeF() * dpi / 72.0;
}

QRectF ViewDump::toWindow(const QWidget *from, const QRectF &rect) const
{
    if (!from || from == m_window)
        return rect;
    return rect.translated(QPointF(from->mapTo(m_window, QPoint(0, 0))));
}

void ViewDump::add(const QWidget *from, DrawnText text)
{
    text.rect = toWindow(from, text.rect);
    m_texts.push_back(std::move(text));
}

void ViewDump::addText(const QWidget *from, const QString &kind, const QString &text, const QRectF &rect,
    const QFont &font, bool cut, const QString &event, int count)
{
    DrawnText d;
    d.kind = kind;
    d.text = text;
    d.rect = rect;
    d.pixelSize = pixelSize(font, from);
    d.bold = font.bold();
    d.cut = cut;
    d.event = event;
    d.count = count;
    add(from, std::move(d));
}

std::vector<DrawnText> ViewDump::textsOfKind(const QString &kind) const
{
    std::vector<DrawnText> found;
    std::copy_if(
        m_texts.begin(), m_texts.end(), std::back_inserter(found), [&](const DrawnText &t) { return t.kind == kind; });
    return found;
}

void ViewDump::walk(const QWidget *widget)
{
    const auto shown = [this](const QWidget *w) {
        if (!w->isVisibleTo(m_window) && w != m_window)
            return false;
        // A widget scrolled out of sight or cut off by an ancestor's edge draws nothing. Measured on the
        // ancestors' rectangles, not with visibleRegion(): that leaves out what the widget's own opaque
        // children cover, so a container filled by an opaque panel (the charts) would be skipped whole.
        if (!m_window->isVisible())
            return true;
        QRect clip = w->rect();
        for (const QWidget *a = w; a != m_window && a->parentWidget(); a = a->parentWidget()) {
            clip.translate(a->pos());
            clip &= a->parentWidget()->rect();
            if (clip.isEmpty())
                return false;
        }
        return true;
    };
    if (widget != m_window && !shown(widget))
        return;
    const auto addWidgetText = [&](const QWidget *w, const QString &kind, const QString &text, const QRectF &rect,
                                   const QFont &font, bool cut = false) {
        if (!text.trimmed().isEmpty())
            addText(w, kind, text, rect, font, cut);
    };

    bool children = true;
    if (const auto *view = dynamic_cast<const DumpsView *>(widget)) {
        view->dumpView(*this);
        children = view->dumpChildren();
    } else if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        const QString text = plainText(label->text());
        const QRectF r = label->contentsRect();
        const bool cut = !label->wordWrap() && QFontMetricsF(label->font()).horizontalAdvance(text) > r.width() + 1;
        addWidgetText(label, QStringLiteral("widget"), text, r, label->font(), cut);
    } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        addWidgetText(button, QStringLiteral("button"), button->text(), button->rect(), button->font());
    } else if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
        addWidgetText(combo, QStringLiteral("widget"), combo->currentText(), combo->rect(), combo->font());
        children = false;
    } else if (const auto *edit = qobject_cast<const QLineEdit *>(widget)) {
        addWidgetText(edit, edit->text().isEmpty() ? QStringLiteral("placeholder") : QStringLiteral("widget"),
            edit->text().isEmpty() ? edit->placeholderText() : edit->text(), edit->rect(), edit->font());
        children = false;
    } else if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i)
            addWidgetText(tabs, QStringLiteral("tab"), tabs->tabText(i), tabs->tabRect(i), tabs->font());
    } else if (const auto *menu = qobject_cast<const QMenuBar *>(widget)) {
        for (QAction *a : menu->actions())
            addWidgetText(menu, QStringLiteral("menu"), a->text().remove(u'&'), menu->actionGeometry(a), menu->font());
    } else if (const auto *dock = qobject_cast<const QDockWidget *>(widget)) {
        const QFontMetricsF fm(dock->font());
        addWidgetText(dock, QStringLiteral("dock-title"), dock->windowTitle(),
            QRectF(0, 0, dock->width(), fm.height() + 4), dock->font());
    } else if (const auto *text = qobject_cast<const QTextEdit *>(widget)) {
        const QWidget *port = text->viewport();
        const QString plain = text->document()->toPlainText().simplified().left(kMostChars);
        const bool cut = text->document()->size().height() > port->height() + 1;
        addWidgetText(port, QStringLiteral("text-panel"), plain, port->rect(), text->document()->defaultFont(), cut);
        children = false;
    } else if (const auto *items = qobject_cast<const QAbstractItemView *>(widget)) {
        if (const QAbstractItemModel *model = items->model()) {
            const QWidget *port = items->viewport();
            const int rows = std::min(model->rowCount(items->rootIndex()), kMostRows);
            for (int r = 0; r < rows; ++r) {
                const QModelIndex index = model->index(r, 0, items->rootIndex());
                const QRect rect = items->visualRect(index);
                if (!rect.intersects(port->rect()))
                    continue;
                const QVariant font = index.data(Qt::FontRole);
                // As the delegate draws it: the role's font resolved against the view's.
                addWidgetText(port, QStringLiteral("item"), index.data(Qt::DisplayRole).toString(),
                    QRectF(rect.intersected(port->rect())),
                    font.isValid() ? font.value<QFont>().resolve(items->font()) : items->font(),
                    rect.bottom() > port->rect().bottom());
            }
        }
        children = false;
    }
    if (const auto *bar = qobject_cast<const QScrollBar *>(widget)) {
        // A scroll bar says that something does not fit; presenting, nothing should need one.
        if (bar->maximum() > bar->minimum()) {
            const QWidget *owner = bar->parentWidget() ? bar->parentWidget()->parentWidget() : nullptr;
            QJsonArray list = m_properties.value(QStringLiteral("scrollBars")).toArray();
            list.append(QJsonObject {
                {QStringLiteral("owner"),
                    owner ? (owner->objectName().isEmpty() ? QString::fromLatin1(owner->metaObject()->className())
                                                           : owner->objectName())
                          : QString()},
                {QStringLiteral("orientation"),
                    bar->orientation() == Qt::Vertical ? QStringLiteral("vertical") : QStringLiteral("horizontal")},
                {QStringLiteral("rect"), rectJson(toWindow(bar, bar->rect()))}});
            m_properties.insert(QStringLiteral("scrollBars"), list);
        }
    }
    if (!children)
        return;
    for (const QObject *child : widget->children()) {
        const auto *w = qobject_cast<const QWidget *>(child);
        // Other top-level windows (a detached chart, the presenter's window) are not this picture.
        if (w && !w->isWindow())
            walk(w);
    }
}

QJsonObject ViewDump::toJson() const
{
    QJsonObject root = m_properties;
    QJsonArray texts;
    for (const DrawnText &t : m_texts) {
        QJsonObject o {{QStringLiteral("kind"), t.kind}, {QStringLiteral("text"), t.text},
            {QStringLiteral("rect"), rectJson(t.rect)},
            {QStringLiteral("pixelSize"), std::round(t.pixelSize * 10) / 10}};
        if (t.bold)
            o.insert(QStringLiteral("bold"), true);
        if (t.cut)
            o.insert(QStringLiteral("cut"), true);
        if (!t.event.isEmpty())
            o.insert(QStringLiteral("event"), t.event);
        if (t.count >= 0)
            o.insert(QStringLiteral("count"), t.count);
        texts.append(o);
    }
    root.insert(QStringLiteral("texts"), texts);
    for (auto it = m_sections.begin(); it != m_sections.end(); ++it)
        root.insert(it.key(), it.value());
    return root;
}

bool ViewDump::save(const QString &file, QString *error) const
{
    // Through the one atomic writer, so that a full disk gives the system's reason, not "Unknown error".
    QString why;
    if (!writeFileAtomically(file, QJsonDocument(toJson()).toJson(QJsonDocument::Indented), &why)) {
        if (error)
            *error = why;
        return false;
    }
    return true;
}

} // namespace khronika
