// The package ships typings, but its exports map does not point to them, so module resolution
// cannot find them. Declared here: only what this folder uses, as in those typings.
declare module 'date-holidays-parser' {
  interface Holiday {
    /** `YYYY-MM-DD hh:mm:ss`, on the calendar of the country. */
    date: string;
    name: string;
  }

  export default class Holidays {
    constructor(data: object, country: string);
    getHolidays(year: number, language: string): Holiday[];
  }
}
