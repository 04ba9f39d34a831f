import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query, Req } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AgencyOfficeHoursView, CalendarChangeResult, CalendarDayView } from '@dvc/shared/contracts';
import { Actor, correlationIdOf, CurrentActor, Public, Roles } from '@dvc/server/core';
import { CatalogueService } from './catalogue.service';
import { AgencyParamDto, CalendarDayDto, CalendarDayParamDto, CalendarYearQueryDto, OfficeHoursDto } from './dto/catalogue-query.dto';

/** The province's working calendar (days off, make-up working days) and agencies' office hours. */
@ApiTags('calendar')
@Controller('v1')
export class CalendarAdminController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Public()
  @Get('calendar/days')
  @ApiOperation({ summary: 'Days off and make-up working days of a year' })
  days(@Query() query: CalendarYearQueryDto): Promise<CalendarDayView[]> {
    return this.catalogue.calendarDaysOfYear(query.year);
  }

  @Put('admin/calendar/days/:day')
  @Roles('province_admin')
  @ApiCookieAuth()
  @ApiOperation({ summary: 'Set a day off or a make-up working day; open due dates are then recomputed by the worker' })
  setDay(
    @Param() params: CalendarDayParamDto,
    @Body() body: CalendarDayDto,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
  ): Promise<CalendarChangeResult> {
    return this.catalogue.setCalendarDay(actor, params.day, body, correlationIdOf(request));
  }

  @Delete('admin/calendar/days/:day')
  @HttpCode(200)
  @Roles('province_admin')
  @ApiCookieAuth()
  @ApiOperation({ summary: "Make a day ordinary again (remove it from the calendar)" })
  deleteDay(@Param() params: CalendarDayParamDto, @CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<CalendarChangeResult> {
    return this.catalogue.deleteCalendarDay(actor, params.day, correlationIdOf(request));
  }

  @Public()
  @Get('agencies/:id/office-hours')
  @ApiOperation({ summary: "An agency's own office hours and those that apply to it" })
  officeHours(@Param() params: AgencyParamDto): Promise<AgencyOfficeHoursView> {
    return this.catalogue.officeHours(params.id);
  }

  @Put('admin/agencies/:id/office-hours')
  @Roles('province_admin', 'agency_admin')
  @ApiCookieAuth()
  @ApiOperation({ summary: "Set an agency's own office hours" })
  setOfficeHours(
    @Param() params: AgencyParamDto,
    @Body() body: OfficeHoursDto,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
  ): Promise<AgencyOfficeHoursView> {
    return this.catalogue.setOfficeHours(actor, params.id, body, correlationIdOf(request));
  }

  @Delete('admin/agencies/:id/office-hours')
  @HttpCode(200)
  @Roles('province_admin', 'agency_admin')
  @ApiCookieAuth()
  @ApiOperation({ summary: "Drop an agency's own office hours (it inherits its parent's again)" })
  clearOfficeHours(@Param() params: AgencyParamDto, @CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<AgencyOfficeHoursView> {
    return this.catalogue.setOfficeHours(actor, params.id, null, correlationIdOf(request));
  }
}
