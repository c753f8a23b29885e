package org.dutygraph.model;

/** Administrative level of a department relative to the document's own government. */
public enum Level {
    /** A department of the issuing government itself (the document's sections, or units at its level). */
    OWN,
    /** A district- or county-level (区/县) body outside the document's own government, e.g. 越秀区 in a city's document. */
    DISTRICT,
    /** A city-level (市) department outside the document's own list, e.g. 市商务局. */
    CITY,
    /** A province-level (省) department, e.g. 省级生态环境部门. */
    PROVINCE,
    /** A national department (国家/国务院/部委). */
    NATIONAL
}
