#include "DataNames.h"

#include <QCoreApplication>

namespace khronika {

QString fateText(Actor::Fate fate)
{
    const char *text = nullptr;
    switch (fate) {
    case Actor::Fate::Alive:
        text = QT_TRANSLATE_NOOP("khronika::DataNames", "alive");
        break;
    case Actor::Fate::Natural:
        text = QT_TRANSLATE_NOOP("khronika::DataNames", "natural");
        break;
    case Actor::Fate::Executed:
        text = QT_TRANSLATE_NOOP("khronika::DataNames", "executed");
        break;
    case Actor::Fate::Murdered:
        text = QT_TRANSLATE_NOOP("khronika::DataNames", "murdered");
        break;
    case Actor::Fate::Suicide:
        text = QT_TRANSLATE_NOOP("khronika::DataNames", "suicide");
        break;
    case Actor::Fate::DiedInCustody:
        text = QT_TRANSLATE_NOOP("khronika::DataNames", "died in custody");
        break;
    case Actor::Fate::KilledInAction:
        text = QT_TRANSLATE_NOOP("khronika::DataNames", "killed in action");
        break;
    case Actor::Fate::Unknown:
        text = QT_TRANSLATE_NOOP("khronika::DataNames", "unknown");
        break;
    }
    return text ? QCoreApplication::translate("khronika::DataNames", text) : fateName(fate);
}

QString statusText(Status::Kind kind)
{
    const char *text = nullptr;
    switch (kind) {
    case Status::Kind::Expelled:
        text = QT_TRANSLATE_NOOP("khronika::DataNames", "expelled");
        break;
    case Status::Kind::Reinstated:
        text = QT_TRANSLATE_NOOP("khronika::DataNames", "reinstated");
        break;
    case Status::Kind::Exiled:
        text = QT_TRANSLATE_NOOP("khronika::DataNames", "exiled");
        break;
    case Status::Kind::Deported:
        text = QT_TRANSLATE_NOOP("khronika::DataNames", "deported");
        break;
    case Status::Kind::Arrested:
        text = QT_TRANSLATE_NOOP("khronika::DataNames", "arrested");
        break;
    case Status::Kind::Released:
        text = QT_TRANSLATE_NOOP("khronika::DataNames", "released");
        break;
    case Status::Kind::Imprisoned:
        text = QT_TRANSLATE_NOOP("khronika::DataNames", "imprisoned");
        break;
    case Status::Kind::Executed:
        text = QT_TRANSLATE_NOOP("khronika::DataNames", "executed");
        break;
    case Status::Kind::Murdered:
        text = QT_TRANSLATE_NOOP("khronika::DataNames", "murdered");
        break;
    case Status::Kind::Died:
        text = QT_TRANSLATE_NOOP("khronika::DataNames", "died");
        break;
    }
    return text ? QCoreApplication::translate("khronika::DataNames", text) : statusName(kind);
}

} // namespace khronika
