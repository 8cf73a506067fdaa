/**
 * Label tables looked up by a value from a file (issue 11.4). A plain object literal inherits
 * from Object.prototype, so `labels["constructor"]` is a function (printed as its source code)
 * and `labels["__proto__"]` an object. These tables have no prototype: an unknown value, whatever
 * its name, finds nothing.
 */
export function lookupTable(entries) {
    return Object.freeze(Object.assign(Object.create(null), entries));
}
