<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ChartData</name>
    <message>
        <source>counts on the dates given</source>
        <translation>подсчёты на указанные даты</translation>
    </message>
    <message>
        <source>calendar years</source>
        <translation>календарные годы</translation>
    </message>
    <message>
        <source>agricultural years, July to June</source>
        <translation>сельскохозяйственные годы, с июля по июнь</translation>
    </message>
</context>
<context>
    <name>DataSetOpening</name>
    <message>
        <source>Opening %1…</source>
        <translation>Открывается %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Opening a data set</source>
        <translation>Открытие набора данных</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>%1 must be a mapping of fields, found %2</source>
        <translation>%1: ожидается словарь полей, найдено: %2</translation>
    </message>
    <message>
        <source>a field name must be plain text</source>
        <translation>имя поля должно быть простым текстом</translation>
    </message>
    <message>
        <source>unknown field %1 in %2 (expected one of: %3)</source>
        <translation>неизвестное поле %1 в записи «%2» (ожидается одно из: %3)</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1: нет поля %2</translation>
    </message>
    <message>
        <source>%1 must be text, found %2</source>
        <translation>%1: ожидается текст, найдено: %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1: пустое значение</translation>
    </message>
    <message>
        <source>id %1 is not a slug (lower-case letters, digits and hyphens)</source>
        <translation>id %1 не подходит: допустимы только строчные латинские буквы, цифры и дефисы</translation>
    </message>
    <message>
        <source>%1 ends before it starts</source>
        <translation>%1: конец раньше начала</translation>
    </message>
    <message>
        <source>%1 must be a date, found %2</source>
        <translation>%1: ожидается дата, найдено: %2</translation>
    </message>
    <message>
        <source>%1 %2 is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>%1 %2 не имеет вида ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, found %4</source>
        <translation>%1: ожидается целое число от %2 до %3, найдено: %4</translation>
    </message>
    <message>
        <source>%1 %2 is too large to draw (at most %3 either way)</source>
        <translation>%1 %2 слишком велико для графика (не более %3 по модулю)</translation>
    </message>
    <message>
        <source>%1 must be a number, found %2</source>
        <translation>%1: ожидается число, найдено: %2</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1: ожидается true или false</translation>
    </message>
    <message>
        <source>%1 must be a list, found %2</source>
        <translation>%1: ожидается список, найдено: %2</translation>
    </message>
    <message>
        <source>each entry of %1 must be an id</source>
        <translation>каждый элемент %1 должен быть id</translation>
    </message>
    <message>
        <source>each entry of %1 must be a file name</source>
        <translation>каждый элемент %1 должен быть именем файла</translation>
    </message>
    <message>
        <source>file %1 must lie inside the data set&apos;s folder</source>
        <translation>файл %1 должен лежать в папке набора данных</translation>
    </message>
    <message>
        <source>each entry of languages must be a language code of two or three lower-case letters (en, ru), found %1</source>
        <translation>каждый элемент languages должен быть кодом языка из двух или трёх строчных букв (en, ru), найдено: %1</translation>
    </message>
    <message>
        <source>language %1 is declared twice</source>
        <translation>язык %1 объявлен дважды</translation>
    </message>
    <message>
        <source>unfinished language %1 is not declared in languages</source>
        <translation>незавершённый язык %1 не объявлен в languages</translation>
    </message>
    <message>
        <source>%1 is the source language: its texts are the record files themselves</source>
        <translation>%1 — исходный язык: его тексты — это сами файлы записей</translation>
    </message>
    <message>
        <source>the period</source>
        <translation>период</translation>
    </message>
    <message>
        <source>translation files need a second language in languages (e.g. languages: [en, ru])</source>
        <translation>для файлов перевода нужен второй язык в languages (например, languages: [en, ru])</translation>
    </message>
    <message>
        <source>a category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>category %1 is declared twice</source>
        <translation>категория %1 объявлена дважды</translation>
    </message>
    <message>
        <source>an office</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>office %1 is declared twice</source>
        <translation>должность %1 объявлена дважды</translation>
    </message>
    <message>
        <source>a standing level</source>
        <translation>уровень положения</translation>
    </message>
    <message>
        <source>standing level %1 is declared twice</source>
        <translation>уровень положения %1 объявлен дважды</translation>
    </message>
    <message>
        <source>standing must declare at least one level</source>
        <translation>в standing должен быть объявлен хотя бы один уровень</translation>
    </message>
    <message>
        <source>a tour file holds only tours, not %1</source>
        <translation>файл экскурсий содержит только экскурсии (tours), а не %1</translation>
    </message>
    <message>
        <source>the tour file is empty</source>
        <translation>файл экскурсий пуст</translation>
    </message>
    <message>
        <source>a source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>событие</translation>
    </message>
    <message>
        <source>an actor</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>a faction</source>
        <translation>группировка</translation>
    </message>
    <message>
        <source>a series</source>
        <translation>ряд данных</translation>
    </message>
    <message>
        <source>a period</source>
        <translation>период</translation>
    </message>
    <message>
        <source>a tour</source>
        <translation>экскурсия</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>a translation file</source>
        <translation>файл перевода</translation>
    </message>
    <message>
        <source>language %1 is not declared in dataset.yaml&apos;s languages (%2)</source>
        <translation>язык %1 не объявлен в languages файла dataset.yaml (%2)</translation>
    </message>
    <message>
        <source>the data set&apos;s translation</source>
        <translation>перевод набора данных</translation>
    </message>
    <message>
        <source>the data set</source>
        <translation>набор данных</translation>
    </message>
    <message>
        <source>a translated record of %1</source>
        <translation>переведённая запись из %1</translation>
    </message>
    <message>
        <source>a translated %1</source>
        <translation>переведённое поле %1</translation>
    </message>
    <message>
        <source>%1 has no %2 to translate</source>
        <translation>%1: нет элемента для перевода: %2</translation>
    </message>
    <message>
        <source>%1 of %2 is translated into %3 twice</source>
        <translation>%1 записи %2 переведено на %3 дважды</translation>
    </message>
    <message>
        <source>a translated item of %1</source>
        <translation>переведённый элемент из %1</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>шаг %1</translation>
    </message>
    <message>
        <source>%1 dated %2</source>
        <translation>%1 от %2</translation>
    </message>
    <message>
        <source>standing point</source>
        <translation>точка положения</translation>
    </message>
    <message>
        <source>%1 has no %2 text for %3</source>
        <translation>%1: нет текста на языке %2 для %3</translation>
    </message>
    <message>
        <source>a citation</source>
        <translation>ссылка на источник</translation>
    </message>
    <message>
        <source>sources must cite at least one work</source>
        <translation>в sources должна быть хотя бы одна работа</translation>
    </message>
    <message>
        <source>url must start with https:// or http://</source>
        <translation>url должен начинаться с https:// или http://</translation>
    </message>
    <message>
        <source>the event ends (%1) before it starts (%2)</source>
        <translation>событие заканчивается (%1) раньше, чем начинается (%2)</translation>
    </message>
    <message>
        <source>an actor of an event</source>
        <translation>участник события</translation>
    </message>
    <message>
        <source>a misconception</source>
        <translation>заблуждение</translation>
    </message>
    <message>
        <source>fate %1 is not one of alive, natural, executed, murdered, suicide, died-in-custody, killed-in-action, unknown</source>
        <translation>fate %1 — не одно из значений alive, natural, executed, murdered, suicide, died-in-custody, killed-in-action, unknown</translation>
    </message>
    <message>
        <source>the actor died but their fate is &apos;alive&apos;</source>
        <translation>участник умер, но его fate — &apos;alive&apos;</translation>
    </message>
    <message>
        <source>fate %1 needs the date the actor died</source>
        <translation>для fate %1 нужна дата смерти участника</translation>
    </message>
    <message>
        <source>a membership</source>
        <translation>членство</translation>
    </message>
    <message>
        <source>a status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>status %1 is not one of expelled, reinstated, exiled, deported, arrested, released, imprisoned, executed, murdered, died</source>
        <translation>status %1 — не одно из значений expelled, reinstated, exiled, deported, arrested, released, imprisoned, executed, murdered, died</translation>
    </message>
    <message>
        <source>a standing point</source>
        <translation>точка положения</translation>
    </message>
    <message>
        <source>colour %1 is not of the form &quot;#RRGGBB&quot; (quote it: # starts a YAML comment)</source>
        <translation>цвет %1 не имеет вида &quot;#RRGGBB&quot; (возьмите его в кавычки: с # начинается комментарий YAML)</translation>
    </message>
    <message>
        <source>measure %1 is not count, year or agricultural-year</source>
        <translation>measure %1 — не count, не year и не agricultural-year</translation>
    </message>
    <message>
        <source>series %1 does not say what its points are (measure: count, year or agricultural-year)</source>
        <translation>ряд %1 не говорит, что означают его точки (measure: count, year или agricultural-year)</translation>
    </message>
    <message>
        <source>a point</source>
        <translation>точка ряда</translation>
    </message>
    <message>
        <source>kind %1 is not actual or target</source>
        <translation>kind %1 — не actual и не target</translation>
    </message>
    <message>
        <source>only a target has a plan variant</source>
        <translation>вариант плана бывает только у задания (target)</translation>
    </message>
    <message>
        <source>a series needs at least one point</source>
        <translation>в ряду данных нужна хотя бы одна точка</translation>
    </message>
    <message>
        <source>a tour step</source>
        <translation>шаг экскурсии</translation>
    </message>
    <message>
        <source>a range</source>
        <translation>промежуток</translation>
    </message>
    <message>
        <source>a tour step needs events or a range</source>
        <translation>шагу экскурсии нужны события или промежуток</translation>
    </message>
    <message>
        <source>unknown chart &apos;%1&apos; (the charts are %2)</source>
        <translation>неизвестный график &apos;%1&apos; (графики: %2)</translation>
    </message>
    <message>
        <source>plot %1 names no chart&apos;s plot: give the step a chart</source>
        <translation>plot %1 не называет панель графика: укажите у шага chart</translation>
    </message>
    <message>
        <source>unknown plot %1 of chart &apos;%2&apos; (its plots are %3)</source>
        <translation>неизвестная панель %1 графика &apos;%2&apos; (его панели: %3)</translation>
    </message>
    <message>
        <source>none: it is one plot</source>
        <translation>нет: у него одна панель</translation>
    </message>
    <message>
        <source>a baseline is for a step with a chart</source>
        <translation>baseline бывает только у шага с графиком</translation>
    </message>
    <message>
        <source>a tour needs at least one step</source>
        <translation>в экскурсии нужен хотя бы один шаг</translation>
    </message>
    <message>
        <source>a document must belong to at least one event</source>
        <translation>документ должен относиться хотя бы к одному событию</translation>
    </message>
    <message>
        <source>the extract of %1 has %2 words; keep an extract to about 80 (at most %3)</source>
        <translation>в отрывке %1 слов: %2; держите отрывок около 80 слов (не более %3)</translation>
    </message>
    <message>
        <source>%1 has standing points but dataset.yaml declares no standing levels</source>
        <translation>у %1 есть точки положения, но в dataset.yaml не объявлены уровни положения</translation>
    </message>
    <message>
        <source>%1 holds offices but has no standing: give dated standing points (a level, a reason and a source each)</source>
        <translation>%1 занимает должности, но положение не задано: добавьте точки положения с датами (у каждой уровень, причина и источник)</translation>
    </message>
    <message>
        <source>a standing point of %1 on %2 comes before their birth</source>
        <translation>точка положения %1 на %2 стоит раньше рождения</translation>
    </message>
    <message>
        <source>a standing point of %1 on %2 comes after their death on %3: the line ends at death</source>
        <translation>точка положения %1 на %2 стоит позже смерти (%3): линия кончается смертью</translation>
    </message>
    <message>
        <source>standing points of %1 must be in date order: %2 follows %3</source>
        <translation>точки положения %1 должны идти по порядку дат: %2 стоит после %3</translation>
    </message>
    <message>
        <source>a gap in the standing of %1: it starts on %2, but their career is shown from %3; give a point on or before %3</source>
        <translation>пропуск в положении %1: оно начинается %2, а карьера показана с %3; добавьте точку на %3 или раньше</translation>
    </message>
    <message>
        <source>duplicate %1 id %2 (first declared at %3)</source>
        <translation>повторный id %2 у записи %1 (впервые объявлен в %3)</translation>
    </message>
    <message>
        <source> declared in dataset.yaml</source>
        <translation> в dataset.yaml</translation>
    </message>
    <message>
        <source>unknown %1 %2: no %1 with this id is%3</source>
        <translation>неизвестный %1 %2: записи %1 с таким id нет%3</translation>
    </message>
    <message>
        <source> in the data set</source>
        <translation> в наборе данных</translation>
    </message>
    <message>
        <source>source %1 is never cited</source>
        <translation>на источник %1 нет ни одной ссылки</translation>
    </message>
    <message>
        <source>the basis of series %1 names a site that hosts copies: name the printed work instead</source>
        <translation>в основании ряда %1 назван сайт с копиями книг: назовите вместо него печатную работу</translation>
    </message>
    <message>
        <source>%1 %2 cites no page or address a reader can check: give the page of a book, or cite a work with a url</source>
        <translation>%1 %2 не указывает страницу или адрес, которые читатель может проверить: дайте страницу книги или сошлитесь на работу с url</translation>
    </message>
    <message>
        <source>the standing point of %1 on %2 cites no page or address a reader can check</source>
        <translation>точка положения %1 на %2 не указывает страницу или адрес, которые читатель может проверить</translation>
    </message>
    <message>
        <source>%1 dies before they are born</source>
        <translation>%1 умирает раньше, чем рождается</translation>
    </message>
    <message>
        <source>office %1 of %2 lies outside their life</source>
        <translation>должность %1 у %2 лежит вне его жизни</translation>
    </message>
    <message>
        <source>membership of %1 for %2 lies outside their life</source>
        <translation>членство в %1 у %2 лежит вне его жизни</translation>
    </message>
    <message>
        <source>status %1 of %2 lies outside their life</source>
        <translation>статус %1 у %2 лежит вне его жизни</translation>
    </message>
    <message>
        <source>unknown standing level %1 (dataset.yaml declares %2)</source>
        <translation>неизвестный уровень положения %1 (в dataset.yaml объявлены: %2)</translation>
    </message>
    <message>
        <source>%1 was born on %2, after this event (%3)</source>
        <translation>%1 родился %2, после этого события (%3)</translation>
    </message>
    <message>
        <source>%1 died on %2, before this event; mark the reference posthumous: true if that is meant</source>
        <translation>%1 умер %2, до этого события; если так и задумано, отметьте ссылку posthumous: true</translation>
    </message>
    <message>
        <source>%1 is marked posthumous but was alive at the event</source>
        <translation>%1 отмечен как posthumous, но был жив во время события</translation>
    </message>
    <message>
        <source>faction colour %1 of %2 is hard to tell from %3 of %4 (distance %5 &lt; %6)</source>
        <translation>цвет группировки %1 (%2) трудно отличить от %3 (%4) (расстояние %5 &lt; %6)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2 lies outside the data set&apos;s period (%3)</source>
        <translation>%1 %2 лежит вне периода набора данных (%3)</translation>
    </message>
    <message>
        <source>the step&apos;s range, %1 to %2, shows nothing of the data set&apos;s period (%3)</source>
        <translation>промежуток шага, с %1 по %2, не захватывает ничего из периода набора данных (%3)</translation>
    </message>
    <message>
        <source>the event&apos;s date</source>
        <translation>дата события</translation>
    </message>
    <message>
        <source>the event&apos;s end</source>
        <translation>конец события</translation>
    </message>
    <message>
        <source>%1 %2 lies more than a century from the data set&apos;s period (%3)</source>
        <translation>%1 %2 отстоит от периода набора данных (%3) больше чем на век</translation>
    </message>
    <message>
        <source>the birth date</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>the date of death</source>
        <translation>дата смерти</translation>
    </message>
    <message>
        <source>the office&apos;s start</source>
        <translation>начало должности</translation>
    </message>
    <message>
        <source>the office&apos;s end</source>
        <translation>конец должности</translation>
    </message>
    <message>
        <source>the membership&apos;s start</source>
        <translation>начало членства</translation>
    </message>
    <message>
        <source>the membership&apos;s end</source>
        <translation>конец членства</translation>
    </message>
    <message>
        <source>the status date</source>
        <translation>дата статуса</translation>
    </message>
    <message>
        <source>the faction&apos;s start</source>
        <translation>начало группировки</translation>
    </message>
    <message>
        <source>the faction&apos;s end</source>
        <translation>конец группировки</translation>
    </message>
    <message>
        <source>the period&apos;s start</source>
        <translation>начало периода</translation>
    </message>
    <message>
        <source>the period&apos;s end</source>
        <translation>конец периода</translation>
    </message>
    <message>
        <source>the figure&apos;s date</source>
        <translation>дата цифры</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>каталог</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>именованный канал (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>устройство</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <source>it is a link to something that does not exist</source>
        <translation>это ссылка на несуществующий объект</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>нет такого файла</translation>
    </message>
    <message>
        <source>it is a link to %1, outside the data set&apos;s folder</source>
        <translation>это ссылка на %1, за пределами папки набора данных</translation>
    </message>
    <message>
        <source>it is %1, not a regular file</source>
        <translation>это %1, а не обычный файл</translation>
    </message>
    <message>
        <source>the file is %1 bytes, larger than the limit of %2</source>
        <translation>размер файла %1 байт, больше предела %2</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 bytes</source>
        <translation>файл больше предела в %1 байт</translation>
    </message>
    <message>
        <source>cannot read dataset.yaml: %1</source>
        <translation>не удаётся прочитать dataset.yaml: %1</translation>
    </message>
    <message>
        <source>dataset.yaml is empty</source>
        <translation>dataset.yaml пуст</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>загрузка отменена</translation>
    </message>
    <message>
        <source>file %1 is listed twice</source>
        <translation>файл %1 указан дважды</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>cannot read the tour file: %1</source>
        <translation>не удаётся прочитать файл экскурсий: %1</translation>
    </message>
    <message>
        <source>not a data set folder (no such directory)</source>
        <translation>это не папка набора данных (нет такого каталога)</translation>
    </message>
    <message>
        <source>it is the same file as %1, read already</source>
        <translation>это тот же файл, что и %1, он уже прочитан</translation>
    </message>
    <message>
        <source>… and %1 more problem(s) in this file, not shown</source>
        <translation>… и ещё не показанных проблем в этом файле: %1</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>скаляр</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>словарь</translation>
    </message>
    <message>
        <source>the file is UTF-16 or UTF-32 (it starts with a byte order mark); save it as UTF-8</source>
        <translation>файл в кодировке UTF-16 или UTF-32 (начинается с метки порядка байтов); сохраните его в UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-32 (it starts with a byte order mark); save it as UTF-8</source>
        <translation>файл в кодировке UTF-32 (начинается с метки порядка байтов); сохраните его в UTF-8</translation>
    </message>
    <message>
        <source>a NUL byte: a data file is text, not binary</source>
        <translation>байт NUL: файл данных — текст, а не двоичные данные</translation>
    </message>
    <message>
        <source>the control character %1: a data file may hold only printable text, tabs and line breaks</source>
        <translation>управляющий символ %1: в файле данных допустимы только печатный текст, табуляции и переводы строк</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1): save the file as UTF-8</source>
        <translation>неверный UTF-8 (байт 0x%1): сохраните файл в UTF-8</translation>
    </message>
    <message>
        <source>more than %1 aliases in one file</source>
        <translation>больше %1 псевдонимов (alias) в одном файле</translation>
    </message>
    <message>
        <source>alias to an unknown anchor</source>
        <translation>псевдоним (alias) ссылается на неизвестный якорь (anchor)</translation>
    </message>
    <message>
        <source>alias refers to a node that contains it (a recursive alias)</source>
        <translation>псевдоним ссылается на содержащий его узел (рекурсивный alias)</translation>
    </message>
    <message>
        <source>the aliases of this file expand to more than %1 nodes (an alias bomb?)</source>
        <translation>псевдонимы этого файла разворачиваются больше чем в %1 узлов (alias-бомба?)</translation>
    </message>
    <message>
        <source>text holds the control character %1 (written as an escape); a data file may hold only printable text, tabs and line breaks</source>
        <translation>текст содержит управляющий символ %1 (записан как escape-последовательность); в файле данных допустимы только печатный текст, табуляции и переводы строк</translation>
    </message>
    <message>
        <source>the file has more than %1 nodes</source>
        <translation>в файле больше %1 узлов</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>вложенность глубже %1 уровней</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first given on line %2)</source>
        <translation>повторный ключ &apos;%1&apos; (впервые — в строке %2)</translation>
    </message>
    <message>
        <source>file is %1 bytes, larger than the limit of %2</source>
        <translation>размер файла %1 байт, больше предела %2</translation>
    </message>
    <message>
        <source>a data file holds one YAML document; found another here</source>
        <translation>файл данных содержит один документ YAML; здесь найден ещё один</translation>
    </message>
    <message>
        <source>malformed YAML: %1</source>
        <translation>ошибка в YAML: %1</translation>
    </message>
    <message>
        <source>could not read YAML: %1</source>
        <translation>не удалось прочитать YAML: %1</translation>
    </message>
    <message>
        <source>no YAML document: a directive (%YAML, %TAG) must be followed by &apos;---&apos; and a document</source>
        <translation>нет документа YAML: после директивы (%YAML, %TAG) должны идти &apos;---&apos; и документ</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; links to a copy on %2, not a stable address: cite the published work with its page and drop the url</source>
        <translation>источник &apos;%1&apos; ссылается на копию на %2, а не на постоянный адрес: сошлитесь на изданную работу со страницей и уберите url</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; has neither a published work nor a stable address (%2 hosts copies): cite the work it copies, with its publisher and page</source>
        <translation>у источника &apos;%1&apos; нет ни изданной работы, ни постоянного адреса (%2 выкладывает копии): сошлитесь на копируемую работу, с издательством и страницей</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; has neither a published work (publisher) nor a stable address (url)</source>
        <translation>у источника &apos;%1&apos; нет ни изданной работы (publisher), ни постоянного адреса (url)</translation>
    </message>
    <message>
        <source>%1: the %2 texts it translates (%3) have changed since the %4 translation was stamped (source_hash %5, now %6): check the translation, then run khronika-check --stamp-translations</source>
        <translation>%1: тексты на %2, которые переводит запись (%3), изменились с тех пор, как перевод на %4 был отмечен (source_hash %5, теперь %6): проверьте перевод, затем запустите khronika-check --stamp-translations</translation>
    </message>
    <message>
        <source>the page given for %1 names a site that hosts copies: cite the printed page or table instead</source>
        <translation>страница, указанная для %1, называет сайт с копиями книг: укажите печатную страницу или таблицу</translation>
    </message>
    <message>
        <source>the author&apos;s note on the citation of %1 names a site that hosts copies: say that a copy was read, without naming the site</source>
        <translation>заметка авторов к ссылке на %1 называет сайт с копиями книг: напишите, что прочитана копия, не называя сайта</translation>
    </message>
    <message>
        <source>the author&apos;s note of %1 names a site that hosts copies: name the printed work read, without naming the site</source>
        <translation>заметка авторов в записи %1 называет сайт с копиями книг: назовите прочитанное печатное издание, не называя сайта</translation>
    </message>
    <message>
        <source>source %1 names a site that hosts copies in its author, title or publisher: describe the published work only</source>
        <translation>источник %1 называет сайт с копиями книг в авторе, заглавии или издателе: опишите только опубликованное издание</translation>
    </message>
    <message>
        <source>a data file must be a mapping with lists of records (sources, events, actors, factions, series, periods, tours, documents, places)</source>
        <translation>файл данных должен быть словарём со списками записей (sources, events, actors, factions, series, periods, tours, documents, places)</translation>
    </message>
    <message>
        <source>a place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>unknown list %1 (expected sources, events, actors, factions, series, periods, tours, documents or places)</source>
        <translation>неизвестный список %1 (ожидались sources, events, actors, factions, series, periods, tours, documents или places)</translation>
    </message>
    <message>
        <source>there is no %1 to translate</source>
        <translation>%1: такой записи нет, переводить нечего</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>the standing of actor &apos;%1&apos; from %2</source>
        <translation>положение участника «%1» с %2</translation>
    </message>
    <message>
        <source>the status of actor &apos;%1&apos; on %2</source>
        <translation>статус участника «%1» на %2</translation>
    </message>
    <message>
        <source>step %1 of tour &apos;%2&apos;</source>
        <translation>шаг %1 экскурсии «%2»</translation>
    </message>
    <message>
        <source>category &apos;%1&apos;</source>
        <translation>категория «%1»</translation>
    </message>
    <message>
        <source>office &apos;%1&apos;</source>
        <translation>должность «%1»</translation>
    </message>
    <message>
        <source>standing level &apos;%1&apos;</source>
        <translation>уровень положения «%1»</translation>
    </message>
    <message>
        <source>event &apos;%1&apos;</source>
        <translation>событие «%1»</translation>
    </message>
    <message>
        <source>actor &apos;%1&apos;</source>
        <translation>участник «%1»</translation>
    </message>
    <message>
        <source>faction &apos;%1&apos;</source>
        <translation>группировка «%1»</translation>
    </message>
    <message>
        <source>series &apos;%1&apos;</source>
        <translation>ряд данных «%1»</translation>
    </message>
    <message>
        <source>period &apos;%1&apos;</source>
        <translation>период «%1»</translation>
    </message>
    <message>
        <source>tour &apos;%1&apos;</source>
        <translation>экскурсия «%1»</translation>
    </message>
    <message>
        <source>document &apos;%1&apos;</source>
        <translation>документ «%1»</translation>
    </message>
    <message>
        <source>place &apos;%1&apos;</source>
        <translation>место «%1»</translation>
    </message>
    <message>
        <source>unknown view %1 (a step&apos;s view is chart or map)</source>
        <translation>неизвестный вид %1 (вид шага — chart или map)</translation>
    </message>
    <message>
        <source>a step shows its chart or the map, not both: remove the chart or the view</source>
        <translation>шаг показывает либо свой график, либо карту, но не то и другое: уберите chart или view</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1 already holds a data set: choose a new folder</source>
        <translation>в %1 уже есть набор данных: выберите новую папку</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>no year</source>
        <translation>нет года</translation>
    </message>
    <message>
        <source>%1 is not a year from 1 to 9999</source>
        <translation>%1 — не год от 1 до 9999</translation>
    </message>
    <message>
        <source>%1 is not a month (1 to 12)</source>
        <translation>%1 — не месяц (от 1 до 12)</translation>
    </message>
    <message>
        <source>a day without a month</source>
        <translation>день указан без месяца</translation>
    </message>
    <message>
        <source>%1 is not a day of the month</source>
        <translation>%1 — не день месяца</translation>
    </message>
    <message>
        <source>%1 is not a day of %2</source>
        <translation>%1 — не день месяца %2</translation>
    </message>
    <message>
        <source>%1 has no text: its headline is used as the summary</source>
        <translation>«%1»: нет текста; заголовок взят в качестве краткого содержания</translation>
    </message>
    <message>
        <source>nothing to import: no event or era could be read</source>
        <translation>импортировать нечего: не прочитано ни одного события или эпохи</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: save it from the spreadsheet as CSV UTF-8</source>
        <translation>файл — не текст в UTF-8: сохраните его из электронной таблицы как CSV UTF-8</translation>
    </message>
    <message>
        <source>a quote opened here is never closed: the rest of the file cannot be read</source>
        <translation>открытая здесь кавычка нигде не закрыта: остаток файла прочитать нельзя</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>в файле нет строки заголовков</translation>
    </message>
    <message>
        <source>the header row has no &apos;%1&apos; column: is this a TimelineJS sheet?</source>
        <translation>в строке заголовков нет столбца «%1»: это точно таблица TimelineJS?</translation>
    </message>
    <message>
        <source>row %1, column &apos;%2&apos;: %3; the row is left out</source>
        <translation>строка %1, столбец «%2»: %3; строка пропущена</translation>
    </message>
    <message>
        <source>%1 is not &apos;title&apos;, &apos;era&apos; or empty</source>
        <translation>%1 — не «title», не «era» и не пустое значение</translation>
    </message>
    <message>
        <source>an event needs a headline</source>
        <translation>у события должен быть заголовок</translation>
    </message>
    <message>
        <source>it ends (%1) before it starts (%2)</source>
        <translation>оно заканчивается (%1) раньше, чем начинается (%2)</translation>
    </message>
    <message>
        <source>the header row has no &apos;%1&apos; column (the columns are date, end, title, summary, group, people, source)</source>
        <translation>в строке заголовков нет столбца «%1» (столбцы: date, end, title, summary, group, people, source)</translation>
    </message>
    <message>
        <source>an event needs a title</source>
        <translation>у события должно быть название</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>%1 — не дата (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>это не JSON: %1</translation>
    </message>
    <message>
        <source>a TimelineJS file is an object with an &apos;events&apos; list</source>
        <translation>файл TimelineJS — это объект со списком «events»</translation>
    </message>
    <message>
        <source>%1, %2: %3; it is left out</source>
        <translation>%1, %2: %3; пропущено</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>титульный слайд</translation>
    </message>
    <message>
        <source>%1 is not an object; it is left out</source>
        <translation>%1 — не объект; пропущено</translation>
    </message>
    <message>
        <source>era</source>
        <translation>эпоха</translation>
    </message>
    <message>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <source>%1 %2, &lt;%3&gt;: %4; it is left out</source>
        <translation>%1 %2, &lt;%3&gt;: %4; пропущено</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>нет названия</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 — не дата</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>оно заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>not a readable XML file: %1</source>
        <translation>файл XML не читается: %1</translation>
    </message>
    <message>
        <source>not a Timeline file: no &lt;timeline&gt; element</source>
        <translation>это не файл программы Timeline: нет элемента &lt;timeline&gt;</translation>
    </message>
    <message>
        <source>%1 cannot be imported from</source>
        <translation>из формата %1 импортировать нельзя</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>это не обычный файл</translation>
    </message>
    <message>
        <source>it is larger than 64 MiB</source>
        <translation>он больше 64 МиБ</translation>
    </message>
</context>
<context>
    <name>LoadProblems</name>
    <message>
        <source>%1 could not be read and was not opened.</source>
        <translation>Не удалось прочитать %1; набор данных не открыт.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s) and was not opened.</source>
        <translation>
            <numerusform>В %1 %n ошибка; набор данных не открыт.</numerusform>
            <numerusform>В %1 %n ошибки; набор данных не открыт.</numerusform>
            <numerusform>В %1 %n ошибок; набор данных не открыт.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data set has errors</source>
        <translation>В наборе данных есть ошибки</translation>
    </message>
    <message>
        <source>Each problem is listed with its file, line and column.</source>
        <translation>Для каждой ошибки указаны файл, строка и столбец.</translation>
    </message>
    <message>
        <source>Some tours were not loaded</source>
        <translation>Некоторые экскурсии не загружены</translation>
    </message>
    <message numerus="yes">
        <source>%n saved tour file(s) do not fit the data set and were left out; the other tours are loaded:</source>
        <translation>
            <numerusform>%n сохранённый файл экскурсии не подходит к набору данных и пропущен; остальные экскурсии загружены:</numerusform>
            <numerusform>%n сохранённых файла экскурсий не подходят к набору данных и пропущены; остальные экскурсии загружены:</numerusform>
            <numerusform>%n сохранённых файлов экскурсий не подходят к набору данных и пропущены; остальные экскурсии загружены:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Further reading</source>
        <translation>Что почитать</translation>
    </message>
    <message>
        <source>known to the year</source>
        <translation>известен только год</translation>
    </message>
    <message>
        <source>known to the month</source>
        <translation>известен только месяц</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Из:</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>Перевод:</translation>
    </message>
    <message>
        <source>Read in:</source>
        <translation>Читать в:</translation>
    </message>
    <message>
        <source>A common mistake:</source>
        <translation>Распространённое заблуждение:</translation>
    </message>
    <message>
        <source>In fact:</source>
        <translation>На самом деле:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Люди:</translation>
    </message>
    <message>
        <source>Factions:</source>
        <translation>Группировки:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <source>Historians differ:</source>
        <translation>Мнения историков расходятся:</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Положение в руководстве</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
    <message>
        <source>Where the facts come from</source>
        <translation>Откуда взяты факты</translation>
    </message>
    <message numerus="yes">
        <source>%n work(s) cited by the records of this data set.</source>
        <translation>
            <numerusform>Записи этого набора данных ссылаются на %n работу.</numerusform>
            <numerusform>Записи этого набора данных ссылаются на %n работы.</numerusform>
            <numerusform>Записи этого набора данных ссылаются на %n работ.</numerusform>
        </translation>
    </message>
    <message>
        <source>link</source>
        <translation>ссылка</translation>
    </message>
    <message numerus="yes">
        <source>cited %n time(s)</source>
        <translation>
            <numerusform>цитируется %n раз</numerusform>
            <numerusform>цитируется %n раза</numerusform>
            <numerusform>цитируется %n раз</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden in reveal mode until the tour reaches it: what happens next?</source>
        <translation>Скрыто в режиме раскрытия, пока экскурсия сюда не дошла: что будет дальше?</translation>
    </message>
    <message>
        <source>Hidden in reveal mode: the tour has reached %1 so far.</source>
        <translation>Скрыто в режиме раскрытия: экскурсия пока дошла до %1.</translation>
    </message>
    <message>
        <source>Plan in force:</source>
        <translation>Действующий план:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>In force:</source>
        <translation>Действует:</translation>
    </message>
    <message>
        <source>not in this data set</source>
        <translation>нет в этом наборе данных</translation>
    </message>
    <message>
        <source>Expelled, exiled or arrested:</source>
        <translation>Исключены, высланы или арестованы:</translation>
    </message>
    <message>
        <source>Dead:</source>
        <translation>Умерли:</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <source>No faction</source>
        <translation>Без группировки</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n steps</source>
        <translation>
            <numerusform>%1 · %n шаг</numerusform>
            <numerusform>%1 · %n шага</numerusform>
            <numerusform>%1 · %n шагов</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Фамилия и имя</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>The steps of the tour</source>
        <translation>Шаги экскурсии</translation>
    </message>
    <message>
        <source>Notes for the class</source>
        <translation>Заметки для класса</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · стр. %2 из %3</translation>
    </message>
    <message>
        <source>Step %1 of %2, continued</source>
        <translation>Шаг %1 из %2 (продолжение)</translation>
    </message>
    <message>
        <source>the tour has no steps</source>
        <translation>в экскурсии нет шагов</translation>
    </message>
    <message>
        <source>%1: a tour handout is a PDF; name the file .pdf</source>
        <translation>%1: раздатка экскурсии — это PDF; дайте файлу расширение .pdf</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
</context>
<context>
    <name>TickGenerator</name>
    <message>
        <source>Q%1</source>
        <comment>a quarter of the year on the time axis: Q3</comment>
        <translation>%1 кв.</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>a decade on the time axis: 1940s</comment>
        <translation>%1-е</translation>
    </message>
</context>
<context>
    <name>khronika-check</name>
    <message>
        <source>Validates Khronika data sets (folders holding a dataset.yaml) and prints every problem as
file:line:col: error|warning: message.

Exit status: 0 clean, 1 the data has errors, 2 usage or I/O error.</source>
        <translation>Проверяет наборы данных «Хроники» (папки с файлом dataset.yaml) и выводит каждую ошибку в виде
файл:строка:столбец: error|warning: сообщение.

Код возврата: 0 — ошибок нет, 1 — в данных есть ошибки, 2 — ошибка вызова или ввода-вывода.</translation>
    </message>
    <message>
        <source>Print the whole loaded data set, normalised, as JSON on stdout.</source>
        <translation>Вывести весь загруженный набор данных в нормализованном виде как JSON в стандартный вывод.</translation>
    </message>
    <message>
        <source>Print the number of records of each kind, and of unchecked figures.</source>
        <translation>Вывести число записей каждого вида и непроверенных цифр.</translation>
    </message>
    <message>
        <source>Print the bibliography, one work a line, with how often each is cited.</source>
        <translation>Вывести список литературы, по одной работе в строке, с числом ссылок на каждую.</translation>
    </message>
    <message>
        <source>Print who held power on DATE (YYYY-MM-DD): office holders, the Politburo with factions, who had fallen or died, the plan in force; as JSON with --json.</source>
        <translation>Вывести, кто был у власти на ДАТУ (ГГГГ-ММ-ДД): должностных лиц, состав Политбюро с группировками, кто был снят или умер, действующий план; с --json — в виде JSON.</translation>
    </message>
    <message>
        <source>Data set folders to check.</source>
        <translation>Папки наборов данных для проверки.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the messages in LANG (en or ru; default: the system&apos;s language). With --json: give the texts in LANG (one of the data set&apos;s languages), the source language where a text has no translation.</source>
        <translation>Выводить сообщения на языке LANG (en или ru; по умолчанию — язык системы). С --json: выдавать тексты на языке LANG (одном из языков набора данных), а где перевода нет — на исходном языке.</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>ожидается одно из: %1</translation>
    </message>
    <message>
        <source>Write into each translated record of the translation files the source_hash of the source-language texts it translates, as they are now, so that a later change to them is reported. Run it after translating or after checking a translation the checker reports as changed.</source>
        <translation>Записать в каждую переведённую запись файлов перевода source_hash — отметку исходных текстов, которые она переводит, в их нынешнем виде, чтобы позднее их изменение было замечено. Запускайте после перевода или после проверки перевода, о котором программа сообщила как об устаревшем.</translation>
    </message>
    <message>
        <source>the data set has errors; mend them before stamping its translations</source>
        <translation>в наборе данных есть ошибки; исправьте их, прежде чем отмечать переводы</translation>
    </message>
    <message numerus="yes">
        <source>%n translated record(s) stamped</source>
        <translation>
            <numerusform>отмечена %n переведённая запись</numerusform>
            <numerusform>отмечены %n переведённые записи</numerusform>
            <numerusform>отмечено %n переведённых записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>khronika-convert</name>
    <message>
        <source>nothing imported from %1</source>
        <translation>из %1 ничего не импортировано</translation>
    </message>
    <message>
        <source>imported %1 of %2 row(s) into %3 (%4 left out); check it with khronika-check %3</source>
        <translation>импортировано строк: %1 из %2, в %3 (пропущено: %4); проверьте результат: khronika-check %3</translation>
    </message>
    <message>
        <source>%1 has errors: nothing exported</source>
        <translation>в %1 есть ошибки: ничего не экспортировано</translation>
    </message>
    <message>
        <source>%1 event(s) exported to %2</source>
        <translation>экспортировано событий: %1, в %2</translation>
    </message>
    <message>
        <source>(the data set has %1 warning(s): khronika-check %2 lists them)</source>
        <translation>(предупреждений в наборе данных: %1; их перечислит khronika-check %2)</translation>
    </message>
    <message>
        <source>Imports a timeline into a new Khronika data set folder, or exports a data set to another format.

Import from: timelinejs-csv (a TimelineJS sheet saved as CSV), timelinejs-json, timeline (the .timeline
files of the program Timeline), csv (a header row of date, end, title, summary, group, people, source).
Export to: timelinejs-json, timelinejs-csv, csv, ics (iCalendar, all-day entries).
Formats are guessed from the names: a folder is a data set; .json is TimelineJS JSON; .csv is a
TimelineJS sheet when its header has Year and Headline (on output: always), plain CSV otherwise;
.timeline and .ics as named.

Imported events cite the imported file as their source, marked unverified: khronika-check warns about
them until real sources are given. A row that cannot be read is reported as file:line:col and left out.

Exit status: 0 done, 1 rows left out or the data set has errors, 2 usage or I/O error.</source>
        <translation>Импортирует хронологию в новую папку набора данных «Хроники» или экспортирует набор данных в другой формат.

Импорт из: timelinejs-csv (таблица TimelineJS, сохранённая как CSV), timelinejs-json, timeline (файлы .timeline
программы Timeline), csv (строка заголовков date, end, title, summary, group, people, source).
Экспорт в: timelinejs-json, timelinejs-csv, csv, ics (iCalendar, события на весь день).
Формат определяется по имени: папка — набор данных; .json — JSON TimelineJS; .csv — таблица TimelineJS,
если в заголовке есть Year и Headline (при выводе — всегда), иначе простой CSV; .timeline и .ics — по названию.

Импортированные события ссылаются на исходный файл как на источник с пометкой «не проверено»: khronika-check
предупреждает о них, пока не указаны настоящие источники. Строка, которую нельзя прочитать, выводится как
файл:строка:столбец и пропускается.

Код возврата: 0 — готово, 1 — строки пропущены или в наборе данных есть ошибки, 2 — ошибка вызова или ввода-вывода.</translation>
    </message>
    <message>
        <source>The format of INPUT, when its name does not say.</source>
        <translation>Формат INPUT, если его не видно по имени.</translation>
    </message>
    <message>
        <source>The format of OUTPUT, when its name does not say.</source>
        <translation>Формат OUTPUT, если его не видно по имени.</translation>
    </message>
    <message>
        <source>What a TimelineJS group is in Khronika: category (the default) or faction.</source>
        <translation>Чем становится группа TimelineJS в «Хронике»: категорией (category, по умолчанию) или группировкой (faction).</translation>
    </message>
    <message>
        <source>Write the help and the messages in LANG (en or ru; default: the system&apos;s language).</source>
        <translation>Выводить справку и сообщения на языке LANG (en или ru; по умолчанию — язык системы).</translation>
    </message>
    <message>
        <source>A timeline file, or a data set folder.</source>
        <translation>Файл хронологии или папка набора данных.</translation>
    </message>
    <message>
        <source>A new data set folder, or the file to export to.</source>
        <translation>Новая папка набора данных или файл, в который экспортировать.</translation>
    </message>
    <message>
        <source>--group-as takes category or faction, not &apos;%1&apos;</source>
        <translation>--group-as принимает category или faction, а не «%1»</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: нет такого файла или папки</translation>
    </message>
    <message>
        <source>cannot tell the format of %1: name it with --%2</source>
        <translation>не удаётся определить формат %1: укажите его в --%2</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (dataset, timelinejs-csv, timelinejs-json, timeline, csv, ics)</source>
        <translation>неизвестный формат «%1» (dataset, timelinejs-csv, timelinejs-json, timeline, csv, ics)</translation>
    </message>
    <message>
        <source>converts a timeline into a data set or a data set into a timeline, not %1 into %2</source>
        <translation>преобразует хронологию в набор данных или набор данных в хронологию, а не %1 в %2</translation>
    </message>
    <message>
        <source>%1: not a data set folder (no dataset.yaml)</source>
        <translation>%1: это не папка набора данных (нет dataset.yaml)</translation>
    </message>
</context>
<context>
    <name>khronika::CareerChart</name>
    <message>
        <source>a dated change (point at it for why and the source)</source>
        <translation>датированное изменение (наведите указатель, чтобы увидеть причину и источник)</translation>
    </message>
    <message>
        <source>death</source>
        <translation>смерть</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Положение</translation>
    </message>
    <message>
        <source>This data set does not state the standing of its actors.</source>
        <translation>В этом наборе данных положение действующих лиц не указано.</translation>
    </message>
    <message>
        <source>Click an actor (in the list, an event&apos;s details or on the timeline) to trace their rise and fall; Ctrl+click adds another to compare.</source>
        <translation>Щёлкните по человеку (в списке, в описании события или на ленте времени), чтобы проследить его возвышение и падение; Ctrl+щелчок добавляет ещё одного для сравнения.</translation>
    </message>
    <message>
        <source>dead by %1</source>
        <translation>умер к %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>no standing stated on %1</source>
        <translation>положение на %1 не указано</translation>
    </message>
    <message>
        <source>Factions</source>
        <translation>Группировки</translation>
    </message>
    <message>
        <source>Historians differ:</source>
        <translation>Мнения историков расходятся:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
</context>
<context>
    <name>khronika::ChartPanel</name>
    <message>
        <source>Click a name to hide or show it · click the chart to move the time cursor · right-click to export</source>
        <translation>Щелчок по названию скрывает или показывает ряд · щелчок по графику переносит курсор времени · правая кнопка — экспорт</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Источники: %1</translation>
    </message>
    <message>
        <source>Open points, striped bars and hollow target lines: 1 figure not yet checked against the original table, a figure as it is commonly reproduced.</source>
        <translation>Полые точки, штрихованные столбцы и полые линии плана: 1 цифра ещё не сверена с исходной таблицей; приведена так, как её обычно воспроизводят.</translation>
    </message>
    <message>
        <source>Open points, striped bars and hollow target lines: %1 figures not yet checked against the original tables, figures as they are commonly reproduced.</source>
        <translation>Полые точки, штрихованные столбцы и полые линии плана: цифры (%1) ещё не сверены с исходными таблицами; приведены так, как их обычно воспроизводят.</translation>
    </message>
    <message>
        <source>Open marks: not yet checked.</source>
        <translation>Полые отметки: ещё не сверено.</translation>
    </message>
    <message>
        <source>Open marks: not yet checked</source>
        <translation>Полые отметки: ещё не сверено</translation>
    </message>
    <message>
        <source>Also in this chart: %1</source>
        <translation>Также на этом графике: %1</translation>
    </message>
    <message>
        <source>Select an event on the timeline to see what changed around it.</source>
        <translation>Выберите событие на ленте времени, чтобы увидеть, что изменилось в это время.</translation>
    </message>
    <message>
        <source>Around &lt;b&gt;%1&lt;/b&gt; (%2):</source>
        <translation>Около события &lt;b&gt;%1&lt;/b&gt; (%2):</translation>
    </message>
    <message>
        <source>these figures say nothing about the years close to this date.</source>
        <translation>эти цифры ничего не говорят о годах, близких к этой дате.</translation>
    </message>
    <message>
        <source>Series: %1</source>
        <translation>Ряды: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
    <message>
        <source>cannot write %1: the image could not be encoded as PNG</source>
        <translation>не удаётся записать %1: изображение не удалось закодировать в PNG</translation>
    </message>
    <message>
        <source>%1: the file name must end in .png or .svg</source>
        <translation>%1: имя файла должно оканчиваться на .png или .svg</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Изображение SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт графика</translation>
    </message>
    <message>
        <source>Export this chart as PNG…</source>
        <translation>Экспортировать график в PNG…</translation>
    </message>
    <message>
        <source>Export this chart as SVG…</source>
        <translation>Экспортировать график в SVG…</translation>
    </message>
</context>
<context>
    <name>khronika::DataNames</name>
    <message>
        <source>alive</source>
        <translation>жив</translation>
    </message>
    <message>
        <source>natural</source>
        <translation>умер своей смертью</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>расстрелян</translation>
    </message>
    <message>
        <source>murdered</source>
        <translation>убит</translation>
    </message>
    <message>
        <source>suicide</source>
        <translation>самоубийство</translation>
    </message>
    <message>
        <source>died in custody</source>
        <translation>умер в заключении</translation>
    </message>
    <message>
        <source>killed in action</source>
        <translation>погиб в бою</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>expelled</source>
        <translation>исключён</translation>
    </message>
    <message>
        <source>reinstated</source>
        <translation>восстановлен</translation>
    </message>
    <message>
        <source>exiled</source>
        <translation>сослан</translation>
    </message>
    <message>
        <source>deported</source>
        <translation>выслан из СССР</translation>
    </message>
    <message>
        <source>arrested</source>
        <translation>арестован</translation>
    </message>
    <message>
        <source>released</source>
        <translation>освобождён</translation>
    </message>
    <message>
        <source>imprisoned</source>
        <translation>заключён</translation>
    </message>
    <message>
        <source>died</source>
        <translation>умер</translation>
    </message>
</context>
<context>
    <name>khronika::EconomyCharts</name>
    <message>
        <source>Five Year Plans</source>
        <translation>Пятилетки</translation>
    </message>
    <message>
        <source>Collectivisation</source>
        <translation>Коллективизация</translation>
    </message>
    <message>
        <source>Livestock and grain</source>
        <translation>Скот и зерно</translation>
    </message>
    <message>
        <source>Repression</source>
        <translation>Репрессии</translation>
    </message>
    <message>
        <source>Towns</source>
        <translation>Города</translation>
    </message>
    <message>
        <source>exporting a chart needs a QApplication</source>
        <translation>для экспорта графика нужен QApplication</translation>
    </message>
    <message>
        <source>unknown chart &apos;%1&apos; (expected %2)</source>
        <translation>неизвестный график «%1» (ожидается %2)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
</context>
<context>
    <name>khronika::Exporter</name>
    <message>
        <source>%1: map</source>
        <translation>%1: карта</translation>
    </message>
</context>
<context>
    <name>khronika::MainWindow</name>
    <message>
        <source>Khronika — %1</source>
        <translation>Хроника — %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Лента времени</translation>
    </message>
    <message>
        <source>Events by lane over time. Arrow keys step through events; plus and minus zoom.</source>
        <translation>События по рядам во времени. Стрелки переходят от события к событию; плюс и минус меняют масштаб.</translation>
    </message>
    <message>
        <source>Overview of the whole period</source>
        <translation>Обзор всего периода</translation>
    </message>
    <message>
        <source>Careers of the traced people</source>
        <translation>Карьеры прослеживаемых людей</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Описание события</translation>
    </message>
    <message>
        <source>Who held power on the cursor&apos;s day</source>
        <translation>Кто был у власти в день курсора</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>В этот день</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Tracing: %1</source>
        <translation>Прослеживается: %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Click an event on the timeline to read about it here. Click a person to trace their rise and fall.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Щёлкните по событию на ленте времени, чтобы прочитать о нём здесь. Щёлкните по человеку, чтобы проследить его возвышение и падение.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Data Set…</source>
        <translation>&amp;Открыть набор данных…</translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation>&amp;Экспортировать вид…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>Перейти к &amp;дате…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Whole Period</source>
        <translation>&amp;Весь период</translation>
    </message>
    <message>
        <source>&amp;Clear Tracing</source>
        <translation>&amp;Снять прослеживание</translation>
    </message>
    <message>
        <source>Show &amp;All Factions and Categories</source>
        <translation>Показать &amp;все группировки и категории</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>Show or hide the charts under the timeline (Ctrl+J)</source>
        <translation>Показать или скрыть графики под лентой времени (Ctrl+J)</translation>
    </message>
    <message>
        <source>&amp;Detach Charts</source>
        <translation>&amp;Открепить графики</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;Projector (high contrast)</source>
        <translation>Для &amp;проектора (высокий контраст)</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Показ</translation>
    </message>
    <message>
        <source>Presenter &amp;Window</source>
        <translation>&amp;Окно докладчика</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Tours</source>
        <translation>&amp;Экскурсии</translation>
    </message>
    <message>
        <source>&amp;Reveal Mode (hide what comes next)</source>
        <translation>Режим &amp;раскрытия (скрыть то, что будет дальше)</translation>
    </message>
    <message>
        <source>&amp;Make a Tour…</source>
        <translation>&amp;Составить экскурсию…</translation>
    </message>
    <message>
        <source>Export Tour as PDF &amp;Handout</source>
        <translation>Экспортировать экскурсию в PDF-&amp;раздатку</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Показ</translation>
    </message>
    <message>
        <source>Present full screen (F5)</source>
        <translation>Показ на весь экран (F5)</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>Показать или скрыть панель «%1»</translation>
    </message>
    <message>
        <source> Lanes: </source>
        <translation> Ряды: </translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Ряды</translation>
    </message>
    <message>
        <source>Factions</source>
        <translation>Группировки</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Previous event (←)</source>
        <translation>Предыдущее событие (←)</translation>
    </message>
    <message>
        <source>Next event (→)</source>
        <translation>Следующее событие (→)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Увеличить (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Уменьшить (−)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>The whole period (Ctrl+0)</source>
        <translation>Весь период (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Bibliography</source>
        <translation>Список &amp;литературы</translation>
    </message>
    <message>
        <source>Khronika — bibliography</source>
        <translation>Хроника — список литературы</translation>
    </message>
    <message>
        <source>&amp;About Khronika</source>
        <translation>&amp;О программе «Хроника»</translation>
    </message>
    <message>
        <source>About Khronika</source>
        <translation>О программе «Хроника»</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Khronika %1&lt;/h3&gt;&lt;p&gt;A timeline explorer of the USSR, 1923–1941.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;%4 events, %5 people, %6 factions, %7 statistical series, %8 tours, %9 works cited.&lt;/p&gt;&lt;p&gt;Data set licence: %10. Program licence: MIT.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Хроника %1&lt;/h3&gt;&lt;p&gt;Лента времени СССР, 1923–1941.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Событий: %4, людей: %5, группировок: %6, статистических рядов: %7, экскурсий: %8, цитируемых работ: %9.&lt;/p&gt;&lt;p&gt;Лицензия набора данных: %10. Лицензия программы: MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Keyboard and Mouse</source>
        <translation>&amp;Клавиатура и мышь</translation>
    </message>
    <message>
        <source>Keyboard and mouse</source>
        <translation>Клавиатура и мышь</translation>
    </message>
    <message>
        <source>Wheel or pinch: zoom at the pointer
Drag: pan · Shift+wheel: pan
Click an event: details · Double-click: zoom to it
Click the date axis: move the time cursor · Drag the red cursor: watch the Politburo change
Drag along the axis: zoom to that range
+ / −: zoom · ← / →: previous / next event · Shift+← / →: pan
Click a person: trace them · Ctrl+click: compare · Esc: stop tracing

Presenting (F5): PageDown, Space, → next · PageUp, ← previous · Home / End
B: blank the screen · Ctrl+= / Ctrl+−: larger / smaller text · Esc: leave</source>
        <translation>Колесо или щипок: масштаб у указателя
Перетаскивание: прокрутка · Shift+колесо: прокрутка
Щелчок по событию: подробности · Двойной щелчок: приблизить его
Щелчок по оси дат: перенести курсор времени · Перетаскивание красного курсора: смотреть, как меняется Политбюро
Протяжка вдоль оси: приблизить этот отрезок
+ / −: масштаб · ← / →: предыдущее / следующее событие · Shift+← / →: прокрутка
Щелчок по человеку: проследить · Ctrl+щелчок: сравнить · Esc: снять прослеживание
Ctrl+F: поиск · Ctrl+G: перейти к дате

Показ (F5): PageDown, пробел, → — дальше · PageUp, ← — назад · Home / End
B: затемнить экран · Ctrl+= / Ctrl+−: крупнее / мельче · Esc: выйти</translation>
    </message>
    <message>
        <source>Khronika — charts</source>
        <translation>Хроника — графики</translation>
    </message>
    <message>
        <source>Go to a date</source>
        <translation>Перейти к дате</translation>
    </message>
    <message>
        <source>Date (YYYY, YYYY-MM or YYYY-MM-DD):</source>
        <translation>Дата (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД):</translation>
    </message>
    <message>
        <source>“%1” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>«%1» — не дата: пишите ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Export the view</source>
        <translation>Экспорт вида</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export size</source>
        <translation>Размер экспорта</translation>
    </message>
    <message>
        <source>Width x height in pixels:</source>
        <translation>Ширина x высота в пикселях:</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>Export the tour as a PDF handout</source>
        <translation>Экспорт экскурсии в PDF-раздатку</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Open a data set folder</source>
        <translation>Открыть папку набора данных</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Текст &amp;крупнее</translation>
    </message>
    <message>
        <source>S&amp;maller Text</source>
        <translation>Текст &amp;мельче</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>&amp;Обычный размер текста</translation>
    </message>
    <message>
        <source>Handout &amp;Paper</source>
        <translation>&amp;Бумага для раздатки</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Import Timeline…</source>
        <translation>&amp;Импорт хронологии…</translation>
    </message>
    <message>
        <source>Export &amp;Timeline…</source>
        <translation>Экспорт &amp;хронологии…</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Карта</translation>
    </message>
    <message>
        <source>The translation into %1 could not be loaded.</source>
        <translation>Перевод «%1» не удалось загрузить.</translation>
    </message>
    <message>
        <source>&amp;System Colours</source>
        <translation>Системные &amp;цвета</translation>
    </message>
    <message>
        <source>Export &amp;Map…</source>
        <translation>Экспортировать &amp;карту…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Экспорт карты</translation>
    </message>
</context>
<context>
    <name>khronika::MapView</name>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Мексика</translation>
    </message>
    <message>
        <source>Natural Earth</source>
        <translation>Natural Earth</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Istanbul</source>
        <translation>Стамбул</translation>
    </message>
    <message>
        <source>%2 · border %1</source>
        <translation>%2 · граница %1</translation>
    </message>
    <message>
        <source>Borders only where certain · pale markers: over before the cursor</source>
        <translation>Границы — только достоверные · бледные метки: до курсора</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · double-click: the whole map</source>
        <translation>Колесо: масштаб · перетаскивание: сдвиг · двойной щелчок: вся карта</translation>
    </message>
    <message>
        <source>of 1921-1939</source>
        <translation>1921–1939 гг.</translation>
    </message>
    <message>
        <source>after Poland&apos;s partition (Sept. 1939)</source>
        <translation>после раздела Польши (сент. 1939 г.)</translation>
    </message>
    <message>
        <source>after the Winter War (March 1940)</source>
        <translation>после Зимней войны (март 1940 г.)</translation>
    </message>
    <message>
        <source>after Bessarabia and N. Bukovina (June 1940)</source>
        <translation>после Бессарабии и Сев. Буковины (июнь 1940 г.)</translation>
    </message>
    <message>
        <source>after the Baltic states (Aug. 1940)</source>
        <translation>после присоединения Прибалтики (авг. 1940 г.)</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>выбрано</translation>
    </message>
    <message>
        <source>over before the cursor</source>
        <translation>закончилось до курсора</translation>
    </message>
    <message numerus="yes">
        <source>one of %n events here</source>
        <translation>
            <numerusform>одно из %n события здесь</numerusform>
            <numerusform>одно из %n событий здесь</numerusform>
            <numerusform>одно из %n событий здесь</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1, %2</source>
        <translation>Выбрано: %1, %2</translation>
    </message>
    <message>
        <source>Export the map as PNG…</source>
        <translation>Экспортировать карту в PNG…</translation>
    </message>
    <message>
        <source>Export the map as SVG…</source>
        <translation>Экспортировать карту в SVG…</translation>
    </message>
    <message>
        <source>Export the map as PDF…</source>
        <translation>Экспортировать карту в PDF…</translation>
    </message>
</context>
<context>
    <name>khronika::OverviewStrip</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
</context>
<context>
    <name>khronika::PlanChart</name>
    <message>
        <source>This data set has no series with plan targets.</source>
        <translation>В этом наборе данных нет рядов с плановыми заданиями.</translation>
    </message>
    <message>
        <source>Output achieved in the 1st, 2nd and 3rd Five Year Plans</source>
        <translation>Фактический выпуск в 1-й, 2-й и 3-й пятилетках</translation>
    </message>
    <message>
        <source>Output achieved in the 1st, 2nd and 3rd Five Year Plans (grey: %1, before them)</source>
        <translation>Фактический выпуск в 1-й, 2-й и 3-й пятилетках (серым: %1, до них)</translation>
    </message>
    <message>
        <source>Output achieved</source>
        <translation>Фактический выпуск</translation>
    </message>
    <message>
        <source>Output achieved (grey: %1)</source>
        <translation>Фактический выпуск (серым: %1)</translation>
    </message>
    <message>
        <source>The plan&apos;s target; % = output achieved as a share of it</source>
        <translation>Плановое задание; % — доля его выполнения</translation>
    </message>
    <message>
        <source>The plan&apos;s target (where there were variants, the higher: %1); % = output achieved as a share of it</source>
        <translation>Плановое задание (где было два варианта — высший: %1); % — доля его выполнения</translation>
    </message>
    <message>
        <source>Target; % = share achieved</source>
        <translation>План; % — выполнение</translation>
    </message>
    <message>
        <source>Lower variant of the target: %1</source>
        <translation>Низший вариант задания: %1</translation>
    </message>
    <message>
        <source>Lower variant: %1</source>
        <translation>Низший вариант: %1</translation>
    </message>
    <message>
        <source>The Five Year Plans: targets against results</source>
        <translation>Пятилетки: задания и итоги</translation>
    </message>
</context>
<context>
    <name>khronika::PlanProductView</name>
    <message>
        <source>Output achieved</source>
        <translation>Фактический выпуск</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1-я</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2-я</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3-я</translation>
    </message>
    <message>
        <source>%1th</source>
        <translation>%1-я</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Lower variant</source>
        <translation>Низший вариант</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, %2&lt;/b&gt;&lt;br&gt;%3 %4: the level the plans started from</source>
        <translation>&lt;b&gt;%1, %2&lt;/b&gt;&lt;br&gt;%3 %4: исходный уровень пятилеток</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, %2 Five Year Plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1, %2 пятилетка&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Target%1 for %2: %3 %4</source>
        <translation>&lt;br&gt;План%1 на %2: %3 %4</translation>
    </message>
    <message>
        <source> (not yet checked against the original table)</source>
        <translation> (ещё не сверено с исходной таблицей)</translation>
    </message>
    <message>
        <source>, achieved %1</source>
        <translation>, выполнено %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Result not yet shown</source>
        <translation>&lt;br&gt;Итог пока не показан</translation>
    </message>
    <message>
        <source>&lt;br&gt;Achieved in %1: %2 %3</source>
        <translation>&lt;br&gt;Выполнено в %1: %2 %3</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 times the level of %2</source>
        <translation>&lt;br&gt;в %1 раза больше уровня %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;No result in the data set</source>
        <translation>&lt;br&gt;Итога в наборе данных нет</translation>
    </message>
</context>
<context>
    <name>khronika::PresentationPanel</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <source>A common mistake: %1 In fact: %2</source>
        <translation>Распространённое заблуждение: %1 На самом деле: %2</translation>
    </message>
</context>
<context>
    <name>khronika::PresenterWindow</name>
    <message>
        <source>Khronika — presenter</source>
        <translation>Хроника — окно докладчика</translation>
    </message>
    <message>
        <source>No tour is playing</source>
        <translation>Экскурсия не идёт</translation>
    </message>
    <message>
        <source>Choose a tour from the Tours menu.</source>
        <translation>Выберите экскурсию в меню «Экскурсии».</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Шаг %1 из %2: %3</translation>
    </message>
    <message>
        <source>(no note for this step)</source>
        <translation>(к этому шагу заметки нет)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Далее: %1</translation>
    </message>
    <message>
        <source>This is the last step.</source>
        <translation>Это последний шаг.</translation>
    </message>
</context>
<context>
    <name>khronika::SearchResultsModel</name>
    <message>
        <source>No event matches “%1”</source>
        <translation>По запросу «%1» событий нет</translation>
    </message>
</context>
<context>
    <name>khronika::SeriesLegend</name>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Arrow keys choose a series; Space or Return hides or shows it.</source>
        <translation>Стрелки выбирают ряд; пробел или Enter скрывают или показывают его.</translation>
    </message>
</context>
<context>
    <name>khronika::SidePanel</name>
    <message>
        <source>Search events and people (Ctrl+F)…</source>
        <translation>Поиск (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Поиск событий</translation>
    </message>
    <message>
        <source>Finds events by their title, summary and people, in English or Russian; the results are ringed on the timeline.</source>
        <translation>Находит события по названию, описанию и участникам, по-русски или по-английски; найденное обводится на ленте времени.</translation>
    </message>
    <message>
        <source>Number of events found</source>
        <translation>Число найденных событий</translation>
    </message>
    <message>
        <source>Events found</source>
        <translation>Найденные события</translation>
    </message>
    <message>
        <source>No faction</source>
        <translation>Без группировки</translation>
    </message>
    <message>
        <source>Factions</source>
        <translation>Группировки</translation>
    </message>
    <message>
        <source>Factions shown</source>
        <translation>Показанные группировки</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Categories shown</source>
        <translation>Показанные категории</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Find a person…</source>
        <translation>Найти человека…</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Найти человека</translation>
    </message>
    <message>
        <source>Click, Return or Space to trace a person; Ctrl+click or Ctrl+Space to compare several</source>
        <translation>Щелчок, Enter или пробел — проследить человека; Ctrl+щелчок или Ctrl+пробел — сравнить нескольких</translation>
    </message>
    <message>
        <source>Return or Space traces the person; Ctrl+Space adds them to a comparison.</source>
        <translation>Enter или пробел — проследить человека; Ctrl+пробел — добавить к сравнению.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) found, ringed on the timeline</source>
        <translation>
            <numerusform>Найдено %n событие, обведено на ленте</numerusform>
            <numerusform>Найдено %n события, обведены на ленте</numerusform>
            <numerusform>Найдено %n событий, обведены на ленте</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>khronika::TimeChartView</name>
    <message>
        <source> (agricultural year %1/%2, July to June)</source>
        <translation> (сельскохозяйственный год %1/%2, с июля по июнь)</translation>
    </message>
    <message>
        <source> (the whole year)</source>
        <translation> (весь год)</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Not yet checked against the original table: a figure as it is commonly reproduced.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Ещё не сверено с исходной таблицей: цифра приведена так, как её обычно воспроизводят.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>This data set has no figures for this chart.</source>
        <translation>В этом наборе данных нет цифр для этого графика.</translation>
    </message>
</context>
<context>
    <name>khronika::TimeSeriesChart</name>
    <message>
        <source>Collectivisation: peasant households in collective farms</source>
        <translation>Коллективизация: крестьянские хозяйства в колхозах</translation>
    </message>
    <message>
        <source>Households in collective farms</source>
        <translation>Хозяйства в колхозах</translation>
    </message>
    <message>
        <source>The countryside: livestock and grain</source>
        <translation>Деревня: скот и зерно</translation>
    </message>
    <message>
        <source>Livestock</source>
        <translation>Скот</translation>
    </message>
    <message>
        <source>Grain</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <source>Repression: death sentences and the Gulag</source>
        <translation>Репрессии: смертные приговоры и ГУЛАГ</translation>
    </message>
    <message>
        <source>Death sentences</source>
        <translation>Смертные приговоры</translation>
    </message>
    <message>
        <source>Prisoners in the Gulag</source>
        <translation>Заключённые ГУЛАГа</translation>
    </message>
    <message>
        <source>Towns: the urban population at the censuses</source>
        <translation>Города: городское население по переписям</translation>
    </message>
    <message>
        <source>People in towns</source>
        <translation>Городское население</translation>
    </message>
    <message>
        <source>Share of the population</source>
        <translation>Доля населения</translation>
    </message>
    <message>
        <source>; other versions: %1</source>
        <translation>; другие версии: %1</translation>
    </message>
    <message>
        <source>Left and Right move the time cursor a month, with Shift a year.</source>
        <translation>Стрелки влево и вправо переносят курсор времени на месяц, с Shift — на год.</translation>
    </message>
    <message>
        <source>Legend: %1</source>
        <translation>Легенда: %1</translation>
    </message>
    <message>
        <source>%1 (July to June)</source>
        <comment>a series of agricultural years in a short legend</comment>
        <translation>%1 (с июля по июнь)</translation>
    </message>
</context>
<context>
    <name>khronika::TimelineTransfer</name>
    <message>
        <source>Import a timeline</source>
        <translation>Импорт хронологии</translation>
    </message>
    <message>
        <source>Timelines (*.csv *.json *.timeline);;TimelineJS sheet or CSV (*.csv);;TimelineJS JSON (*.json);;Timeline (*.timeline)</source>
        <translation>Хронологии (*.csv *.json *.timeline);;Таблица TimelineJS или CSV (*.csv);;TimelineJS JSON (*.json);;Timeline (*.timeline)</translation>
    </message>
    <message>
        <source>%1 is not a timeline Khronika can read.</source>
        <translation>%1 — не хронология, которую Khronika может прочитать.</translation>
    </message>
    <message>
        <source>Name the new data set folder</source>
        <translation>Назовите папку нового набора данных</translation>
    </message>
    <message>
        <source>Nothing could be imported from %1.</source>
        <translation>Из %1 ничего не удалось импортировать.</translation>
    </message>
    <message>
        <source>%1 of %2 rows were imported into %3; the others could not be read (see the details).</source>
        <translation>Импортировано строк: %1 из %2, в %3; остальные прочитать не удалось (см. подробности).</translation>
    </message>
    <message>
        <source>TimelineJS JSON (*.json)</source>
        <translation>TimelineJS JSON (*.json)</translation>
    </message>
    <message>
        <source>TimelineJS sheet (*.csv)</source>
        <translation>Таблица TimelineJS (*.csv)</translation>
    </message>
    <message>
        <source>CSV: date, end, title, summary, group (*.csv)</source>
        <translation>CSV: дата, конец, название, описание, группа (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export the events in view</source>
        <translation>Экспорт видимых событий</translation>
    </message>
</context>
<context>
    <name>khronika::TimelineView</name>
    <message numerus="yes">
        <source>%n more event(s) here; click to zoom in</source>
        <translation>
            <numerusform>Здесь ещё %n событие; щёлкните, чтобы приблизить</numerusform>
            <numerusform>Здесь ещё %n события; щёлкните, чтобы приблизить</numerusform>
            <numerusform>Здесь ещё %n событий; щёлкните, чтобы приблизить</numerusform>
        </translation>
    </message>
    <message>
        <source>selected</source>
        <translation>выбрано</translation>
    </message>
    <message>
        <source>found by the search</source>
        <translation>найдено поиском</translation>
    </message>
    <message>
        <source>highlighted</source>
        <translation>выделено</translation>
    </message>
    <message>
        <source>dimmed</source>
        <translation>приглушено</translation>
    </message>
    <message>
        <source>counted in a cluster</source>
        <translation>входит в группу</translation>
    </message>
</context>
<context>
    <name>khronika::TourEditor</name>
    <message>
        <source>Make a tour</source>
        <translation>Составить экскурсию</translation>
    </message>
    <message>
        <source>My tour</source>
        <translation>Моя экскурсия</translation>
    </message>
    <message>
        <source>Tour title:</source>
        <translation>Название экскурсии:</translation>
    </message>
    <message>
        <source>Add current view as a step</source>
        <translation>Добавить текущий вид как шаг</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Удалить шаг</translation>
    </message>
    <message>
        <source>What the class reads or hears at this step</source>
        <translation>Что класс читает или слышит на этом шаге</translation>
    </message>
    <message>
        <source>A note only you see, on the presenter screen</source>
        <translation>Заметка, которую видите только вы, в окне докладчика</translation>
    </message>
    <message>
        <source>Step title:</source>
        <translation>Название шага:</translation>
    </message>
    <message>
        <source>Narration:</source>
        <translation>Рассказ:</translation>
    </message>
    <message>
        <source>Teacher&apos;s note:</source>
        <translation>Заметка учителя:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Show the chart:</source>
        <translation>Показать график:</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Tour saved</source>
        <translation>Экскурсия сохранена</translation>
    </message>
    <message>
        <source>Saved as %1.
It opens with the data set next time.</source>
        <translation>Сохранено как %1.
В следующий раз она откроется вместе с набором данных.</translation>
    </message>
    <message>
        <source>Could not save the tour</source>
        <translation>Не удалось сохранить экскурсию</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>С %1 по %2</translation>
    </message>
    <message>
        <source>Add at least one step first.</source>
        <translation>Сначала добавьте хотя бы один шаг.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the chosen step.</source>
        <translation>Alt+↑ и Alt+↓ перемещают выбранный шаг.</translation>
    </message>
    <message>
        <source>Drag a step, or press Alt+Up or Alt+Down, to move it</source>
        <translation>Чтобы переместить шаг, перетащите его или нажмите Alt+↑ или Alt+↓</translation>
    </message>
    <message>
        <source>The map, in the chart&apos;s place</source>
        <translation>Карта вместо графика</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A timeline explorer of the USSR, 1923-1941.</source>
        <translation>Лента времени СССР, 1923–1941.</translation>
    </message>
    <message>
        <source>Open the data set in folder PATH.</source>
        <translation>Открыть набор данных из папки ПУТЬ.</translation>
    </message>
    <message>
        <source>Show FROM..TO (YYYY[-MM[-DD]], inclusive).</source>
        <translation>Показать отрезок С..ПО (ГГГГ[-ММ[-ДД]], включительно).</translation>
    </message>
    <message>
        <source>Group events by faction, category or actor.</source>
        <translation>Распределить события по рядам: группировкам, категориям или людям.</translation>
    </message>
    <message>
        <source>Trace an actor; repeat to compare.</source>
        <translation>Проследить человека; повторите, чтобы сравнить нескольких.</translation>
    </message>
    <message>
        <source>Show only this faction; repeat for more.</source>
        <translation>Показать только эту группировку; повторите для нескольких.</translation>
    </message>
    <message>
        <source>Select an event.</source>
        <translation>Выбрать событие.</translation>
    </message>
    <message>
        <source>Put the time cursor on a day and show who held power then.</source>
        <translation>Поставить курсор времени на день и показать, кто тогда был у власти.</translation>
    </message>
    <message>
        <source>Window size.</source>
        <translation>Размер окна.</translation>
    </message>
    <message>
        <source>Paint the window into FILE.png and exit.</source>
        <translation>Нарисовать окно в ФАЙЛ.png и выйти.</translation>
    </message>
    <message>
        <source>Write every text the window draws, with its rectangle and pixel size, and which plots are shown, to FILE.json, and exit (with or without --screenshot).</source>
        <translation>Записать в ФАЙЛ.json каждый текст, который рисует окно, с его прямоугольником и кеглем в пикселях, и какие графики показаны, и выйти (с --screenshot или без него).</translation>
    </message>
    <message>
        <source>Start in presentation mode (F5).</source>
        <translation>Запуститься в режиме показа (F5).</translation>
    </message>
    <message>
        <source>Play a guided tour (with --present).</source>
        <translation>Провести экскурсию (вместе с --present).</translation>
    </message>
    <message>
        <source>Open the tour at step N (from 1).</source>
        <translation>Открыть экскурсию на шаге N (с 1).</translation>
    </message>
    <message>
        <source>Reveal mode: hide what comes after the tour step.</source>
        <translation>Режим раскрытия: скрыть то, что идёт после шага экскурсии.</translation>
    </message>
    <message>
        <source>Colour theme.</source>
        <translation>Цветовая тема.</translation>
    </message>
    <message>
        <source>Export the view to FILE (.png, .svg or .pdf) and exit.</source>
        <translation>Экспортировать вид в ФАЙЛ (.png, .svg или .pdf) и выйти.</translation>
    </message>
    <message>
        <source>Export tour ID as a PDF handout to FILE.pdf and exit.</source>
        <translation>Экспортировать экскурсию ID в PDF-раздатку ФАЙЛ.pdf и выйти.</translation>
    </message>
    <message>
        <source>Show these charts.</source>
        <translation>Показать эти графики.</translation>
    </message>
    <message>
        <source>Export chart ID to FILE (.png or .svg) and exit.</source>
        <translation>Экспортировать график ID в ФАЙЛ (.png или .svg) и выйти.</translation>
    </message>
    <message>
        <source>Interface language (default: the system&apos;s).</source>
        <translation>Язык интерфейса (по умолчанию — системный).</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>ожидается одно из: %1</translation>
    </message>
    <message>
        <source>Paper of the tour handout (default: A4, or US Letter where the locale measures in US units).</source>
        <translation>Формат бумаги раздаточного материала (по умолчанию A4, или US Letter, где принята американская система мер).</translation>
    </message>
    <message>
        <source>Show the map beside the timeline.</source>
        <translation>Показать карту рядом с лентой времени.</translation>
    </message>
    <message>
        <source>Export the map to FILE (.png, .svg or .pdf) and exit.</source>
        <translation>Экспортировать карту в ФАЙЛ (.png, .svg или .pdf) и выйти.</translation>
    </message>
</context>
</TS>
